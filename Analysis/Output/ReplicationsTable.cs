using Shortfall.Analysis.Running;

namespace Shortfall.Analysis.Output;

/// <summary>
/// replications.parquet (or .csv): one row per replication and variant, replications in index order and variants in the run's
/// order within each: the headline figures of the replication, then every <see cref="Measures"/> column (blocked_hours_*,
/// missed_days_*, totals).
/// </summary>
public static class ReplicationsTable
{
    /// <summary>The file's name as CSV.</summary>
    public const string CsvFileName = "replications.csv";

    /// <summary>The file's name as Parquet.</summary>
    public const string ParquetFileName = "replications.parquet";

    /// <summary>The table.</summary>
    public static RunTable<ReplicationRow> Table { get; } = new("replications", Columns(), Rows);

    private static TableColumn<ReplicationRow>[] Columns() =>
    [
        new IntegerColumn<ReplicationRow>("replication", r => r.Metrics.Result.Replication),
        new TextColumn<ReplicationRow>("variant", r => r.Variant.Name),
        new NumberColumn<ReplicationRow>("deliveries_per_destination_month", r => r.Metrics.DeliveriesPerDestinationMonth),
        new IntegerColumn<ReplicationRow>("destination_months", r => r.Metrics.DestinationMonths),
        new IntegerColumn<ReplicationRow>("destination_months_met", r => r.Metrics.DestinationMonthsMet),
        new IntegerColumn<ReplicationRow>("months", r => r.Metrics.Months),
        new IntegerColumn<ReplicationRow>("months_all_met", r => r.Metrics.MonthsAllMet),
        .. Measures.BlockedHours.Select(m => Number("blocked_hours_" + m.Name, m)),
        .. Measures.MissedDays.Select(m => Number("missed_days_" + m.Name, m)),
        .. Measures.Totals.Select(m => Number(m.Name, m)),
    ];

    private static NumberColumn<ReplicationRow> Number(string name, Measure measure) => new(name, r => measure.Value(r.Metrics));

    private static IEnumerable<ReplicationRow> Rows(IReadOnlyList<RunVariant> variants, IReadOnlyList<ReplicationMetrics> replication) =>
        variants.Select((v, i) => new ReplicationRow(v, replication[i]));
}
