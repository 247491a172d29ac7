using System.Text;
using Shortfall.Analysis.Running;

namespace Shortfall.Analysis.Output;

/// <summary>
/// destination-months.csv: one row per replication, variant, destination and month, in that
/// nesting order as the model reports them: the deliveries that counted, the month's target, and
/// whether it was met (1 or 0).
/// </summary>
public static class DestinationMonthsCsv
{
    /// <summary>The file's name in a results directory.</summary>
    public const string FileName = "destination-months.csv";

    /// <summary>The header line.</summary>
    public const string Header = "replication,variant,destination,month,deliveries,target,met\n";

    /// <summary>Appends the rows of one replication, variant after variant.</summary>
    public static void AppendRows(StringBuilder text, IReadOnlyList<RunVariant> variants, IReadOnlyList<ReplicationMetrics> replication)
    {
        for (var v = 0; v < variants.Count; v++)
        {
            var variant = variants[v];
            var name = Csv.Text(variant.Name);
            var index = Csv.Number(replication[v].Result.Replication);
            foreach (var dm in replication[v].Result.DestinationMonths)
            {
                Csv.AppendLine(text,
                [
                    index,
                    name,
                    Csv.Text(variant.Destinations[dm.Destination]),
                    variant.Plant.MonthLabel(dm.Month),
                    Csv.Number(dm.Deliveries),
                    Csv.Number(dm.Target),
                    dm.TargetMet ? "1" : "0",
                ]);
            }
        }
    }
}
