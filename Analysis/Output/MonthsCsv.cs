using System.Text;
using Shortfall.Analysis.Running;

namespace Shortfall.Analysis.Output;

/// <summary>
/// months.csv: deliveries by calendar month, one row per variant, month and destination, the
/// destination "all" first in each month (every destination open that month, each replication's
/// mean over them one observation), then each destination open that month: the mean over
/// replications with its 95% t interval (empty limits from one replication), and the share of
/// destination-months that received nothing at all.
/// </summary>
public static class MonthsCsv
{
    /// <summary>The file's name in a results directory.</summary>
    public const string FileName = "months.csv";

    /// <summary>The destination column of the rows over all destinations.</summary>
    public const string AllDestinations = "all";

    /// <summary>The header line.</summary>
    public const string Header = "variant,month,destination,mean,ci_low,ci_high,no_delivery_share\n";

    /// <summary>The whole file for <paramref name="outcome"/>, as UTF-8.</summary>
    public static byte[] Serialize(RunOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var text = new StringBuilder(Header);
        foreach (var variant in outcome.Variants)
        {
            var name = Csv.Text(variant.Name);
            foreach (var month in variant.Months)
            {
                Row(text, name, month.Month, AllDestinations, month.Deliveries, month.NoDeliveryShare);
                foreach (var destination in month.Destinations)
                {
                    Row(text, name, month.Month, destination.Name, destination.Deliveries, destination.NoDeliveryShare);
                }
            }
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static void Row(StringBuilder text, string variant, string month, string destination, Statistics.MeanEstimate deliveries, double share) =>
        Csv.AppendLine(text,
        [
            variant,
            month,
            Csv.Text(destination),
            Csv.Number(deliveries.Mean),
            deliveries.CiLow is { } low ? Csv.Number(low) : "",
            deliveries.CiHigh is { } high ? Csv.Number(high) : "",
            Csv.Number(share),
        ]);
}
