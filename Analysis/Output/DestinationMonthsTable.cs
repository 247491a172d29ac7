using Shortfall.Analysis.Running;

namespace Shortfall.Analysis.Output;

/// <summary>
/// destination-months.parquet (or .csv): one row per replication, variant, destination and month, in that nesting order as the
/// model reports them: the deliveries that counted, the month's target, and whether it was met (1 or 0).
/// </summary>
public static class DestinationMonthsTable
{
    /// <summary>The file's name as CSV.</summary>
    public const string CsvFileName = "destination-months.csv";

    /// <summary>The file's name as Parquet.</summary>
    public const string ParquetFileName = "destination-months.parquet";

    /// <summary>The table.</summary>
    public static RunTable<DestinationMonthRow> Table { get; } = new("destination-months",
    [
        new IntegerColumn<DestinationMonthRow>("replication", r => r.Metrics.Result.Replication),
        new TextColumn<DestinationMonthRow>("variant", r => r.Variant.Name),
        new TextColumn<DestinationMonthRow>("destination", r => r.Variant.Destinations[r.Month.Destination]),
        new TextColumn<DestinationMonthRow>("month", r => r.Variant.Plant.MonthLabel(r.Month.Month)),
        new IntegerColumn<DestinationMonthRow>("deliveries", r => r.Month.Deliveries),
        new NumberColumn<DestinationMonthRow>("target", r => r.Month.Target),
        new IntegerColumn<DestinationMonthRow>("met", r => r.Month.TargetMet ? 1 : 0),
    ], Rows);

    private static IEnumerable<DestinationMonthRow> Rows(IReadOnlyList<RunVariant> variants, IReadOnlyList<ReplicationMetrics> replication) =>
        variants.SelectMany((v, i) => replication[i].Result.DestinationMonths.Select(dm => new DestinationMonthRow(v, replication[i], dm)));
}
