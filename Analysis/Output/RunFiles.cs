using Shortfall.Analysis.Output.Documents;
using Shortfall.Analysis.Running;

namespace Shortfall.Analysis.Output;

/// <summary>
/// The files of one run in a results directory. The two per-replication tables (Parquet by default, or CSV) stream to temporary
/// files of the results directory as replications are aggregated (rows are prepared on the worker threads); <see cref="Stage"/>
/// completes them and stages months.csv, summary.json and distributions.json too, for the caller to commit the five as one unit
/// (<see cref="ResultsDirectory.Commit"/>). Disposing the directory without committing deletes the temporary files and leaves it as it was.
/// </summary>
public sealed class RunFiles : IReplicationSink<RunFiles.Rendered>
{
    private readonly IReadOnlyList<RunVariant> _variants;
    private readonly ResultsDirectory _directory;
    private readonly TableWriter<ReplicationRow> _replications;
    private readonly TableWriter<DestinationMonthRow> _destinationMonths;

    /// <summary>Starts the files of a run of <paramref name="variants"/> in <paramref name="directory"/>, the tables in <paramref name="format"/>.</summary>
    public RunFiles(ResultsDirectory directory, IReadOnlyList<RunVariant> variants, TableFormat format = TableFormat.Parquet)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(variants);
        _directory = directory;
        _variants = variants;
        _replications = Start(ReplicationsTable.Table, format);
        _destinationMonths = Start(DestinationMonthsTable.Table, format);
    }

    /// <inheritdoc/>
    public Rendered Render(long replication, IReadOnlyList<ReplicationMetrics> results) =>
        new(_replications.Render(_variants, results), _destinationMonths.Render(_variants, results));

    /// <inheritdoc/>
    public void Write(Rendered rendered)
    {
        ArgumentNullException.ThrowIfNull(rendered);
        _replications.Write(rendered.Replications);
        _destinationMonths.Write(rendered.DestinationMonths);
    }

    /// <summary>Completes the tables and stages months.csv, summary.json and distributions.json for <paramref name="run"/>; returns what names
    /// the run in the manifest.</summary>
    public ManifestRunDocument Stage(RunDescription run, RunOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var identity = RunIdentity.Of("run", run, outcome.Replications, _variants.Select(v => v.Name).ToList());
        _replications.Finish(identity);
        _destinationMonths.Finish(identity);
        _directory.Stage(MonthsCsv.FileName, MonthsCsv.Serialize(outcome));
        _directory.Stage(SummaryJson.FileName, SummaryJson.Serialize(run, outcome));
        _directory.Stage(DistributionsJson.FileName, DistributionsJson.Serialize(outcome));
        return identity;
    }

    private TableWriter<TRow> Start<TRow>(RunTable<TRow> table, TableFormat format) =>
        TableWriter<TRow>.Create(format, table, _directory.Stage(table.FileName(format)));

    /// <summary>One replication's rows of the two tables, prepared on a worker thread.</summary>
    public sealed record Rendered(object Replications, object DestinationMonths);
}
