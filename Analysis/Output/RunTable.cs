using Shortfall.Analysis.Running;

namespace Shortfall.Analysis.Output;

/// <summary>
/// One per-replication table of a run (<see cref="ReplicationsTable"/>, <see cref="DestinationMonthsTable"/>): its columns, defined once
/// for CSV and Parquet, and the rows each replication adds, in the order they are written.
/// </summary>
/// <typeparam name="TRow">What a row is read from.</typeparam>
/// <param name="Name">The file's name without its extension.</param>
/// <param name="Columns">The columns, in order.</param>
/// <param name="Rows">The rows of one replication, given its variants and their metrics in the run's order.</param>
public sealed record RunTable<TRow>(
    string Name,
    IReadOnlyList<TableColumn<TRow>> Columns,
    Func<IReadOnlyList<RunVariant>, IReadOnlyList<ReplicationMetrics>, IEnumerable<TRow>> Rows)
{
    /// <summary>The file's name in <paramref name="format"/>.</summary>
    public string FileName(TableFormat format) => Name + (format == TableFormat.Csv ? ".csv" : ".parquet");
}
