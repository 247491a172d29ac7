using System.Text;
using Shortfall.Analysis.Running;

namespace Shortfall.Analysis.Output;

/// <summary>
/// replications.csv: one row per replication and variant, replications in index order and
/// variants in the run's order within each: the headline figures of the replication, then every
/// <see cref="Measures"/> column (blocked_hours_*, missed_days_*, totals).
/// </summary>
public static class ReplicationsCsv
{
    /// <summary>The file's name in a results directory.</summary>
    public const string FileName = "replications.csv";

    /// <summary>The header line.</summary>
    public static string Header()
    {
        var line = new StringBuilder();
        Csv.AppendLine(line, new[]
        {
            "replication", "variant", "deliveries_per_destination_month", "destination_months",
            "destination_months_met", "months", "months_all_met",
        }
        .Concat(Measures.BlockedHours.Select(m => "blocked_hours_" + m.Name))
        .Concat(Measures.MissedDays.Select(m => "missed_days_" + m.Name))
        .Concat(Measures.Totals.Select(m => m.Name)));
        return line.ToString();
    }

    /// <summary>Appends the rows of one replication, one per variant.</summary>
    public static void AppendRows(StringBuilder text, IReadOnlyList<RunVariant> variants, IReadOnlyList<ReplicationMetrics> replication)
    {
        for (var v = 0; v < variants.Count; v++)
        {
            var m = replication[v];
            Csv.AppendLine(text, new[]
            {
                Csv.Number(m.Result.Replication),
                Csv.Text(variants[v].Name),
                m.DeliveriesPerDestinationMonth is { } mean ? Csv.Number(mean) : "",
                Csv.Number(m.DestinationMonths),
                Csv.Number(m.DestinationMonthsMet),
                Csv.Number(m.Months),
                Csv.Number(m.MonthsAllMet),
            }
            .Concat(Measures.BlockedHours.Concat(Measures.MissedDays).Concat(Measures.Totals).Select(x => Csv.Number(x.Value(m)))));
        }
    }
}
