using System.Globalization;
using Shortfall.Analysis.Running;
using Shortfall.Analysis.Statistics;

namespace Shortfall.Analysis.Terminal;

/// <summary>
/// The console's lines on what the people served receive, per variant, in blocks that fit 80 columns: product per person and
/// open day, open days with a full ration, destination-months with no delivery at all (each with
/// its paired change against the baseline), and the median destination-month's deliveries.
/// </summary>
public static class ReceiptsTable
{
    /// <summary>The lines for <paramref name="outcome"/>: one block per measure, a row per variant with its change against the baseline beside it.</summary>
    public static string Build(RunOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var rows = new StackedRows();
        Block(rows, outcome, "Product per person and open day, mean [95% CI], and Δ against the baseline [95% CI]:", v => v.Receipts.QuantityPerPersonDay,
            "0.000", "+0.000;-0.000;0.000", 1);
        Block(rows, outcome, "Open days with a full ration:", v => v.Receipts.FullRationShare, "0.0", "+0.0;-0.0;0.0", 100);
        Block(rows, outcome, "Destination-months with no delivery at all:", v => v.Receipts.NoDeliveryShare, "0.0", "+0.0;-0.0;0.0", 100);
        rows.Blank().Heading("Median deliveries in a destination-month: " + string.Join(", ", outcome.Variants.Where(v => v.Deliveries is not null)
            .Select(v => $"{v.Name} {v.Deliveries!.P50.ToString(CultureInfo.InvariantCulture)}")) + ".");
        return rows.ToString();
    }

    private static void Block(StackedRows rows, RunOutcome outcome, string heading, Func<VariantSummary, OutcomeEstimate?> measure, string format,
        string signedFormat, double scale)
    {
        rows.Blank().Heading(heading);
        foreach (var v in outcome.Variants)
        {
            if (measure(v) is { } m)
            {
                rows.Row(v.Name, Format(m.Estimate, format, scale), m.Difference is { } d ? "Δ " + Format(d, signedFormat, scale) : "");
            }
        }
    }

    // The mean and interval scaled by 'scale' (100 for shares, shown with '%').
    private static string Format(MeanEstimate estimate, string format, double scale)
    {
        var unit = scale == 100 ? "%" : "";
        string Number(double x) => (x * scale).ToString(format, CultureInfo.InvariantCulture) + unit;
        return estimate.CiLow is { } low && estimate.CiHigh is { } high
            ? $"{Number(estimate.Mean)} [{Number(low)}, {Number(high)}]"
            : Number(estimate.Mean);
    }
}
