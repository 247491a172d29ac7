using Shortfall.Analysis.Output.Documents;
using Shortfall.Analysis.Running;

namespace Shortfall.Analysis.Output;

/// <summary>
/// Writes one per-replication table into its staged file as replications arrive: <see cref="Render"/> on the worker threads, in
/// any order, <see cref="Write"/> on the one writing thread in replication order, <see cref="Finish"/> once, before the results
/// directory commits. The bytes depend only on the rows in order, so they are the same whatever the threads or the sharding.
/// </summary>
/// <typeparam name="TRow">What a row is read from.</typeparam>
internal abstract class TableWriter<TRow>
{
    /// <summary>A writer of <paramref name="table"/> in <paramref name="format"/> into <paramref name="file"/>.</summary>
    public static TableWriter<TRow> Create(TableFormat format, RunTable<TRow> table, AtomicFile file) => format switch
    {
        TableFormat.Csv => new CsvTableWriter<TRow>(table, file),
        TableFormat.Parquet => new ParquetTableWriter<TRow>(table, file),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>What one replication adds, prepared for <see cref="Write"/>; must not touch shared mutable state.</summary>
    public abstract object Render(IReadOnlyList<RunVariant> variants, IReadOnlyList<ReplicationMetrics> replication);

    /// <summary>Appends a rendered replication.</summary>
    /// <exception cref="IOException">When the disk is full or the file passes the process's file size limit.</exception>
    public abstract void Write(object rendered);

    /// <summary>Completes the file, naming <paramref name="run"/> in it where the format can.</summary>
    /// <exception cref="IOException">When the disk is full or the file passes the process's file size limit.</exception>
    public abstract void Finish(ManifestRunDocument run);
}
