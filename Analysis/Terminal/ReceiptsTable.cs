using System.Globalization;
using Shortfall.Analysis.Running;
using Shortfall.Analysis.Statistics;
using Spectre.Console;

namespace Shortfall.Analysis.Terminal;

/// <summary>
/// The console's table of what the people served receive, per variant: product per person and
/// open day, open days with a full ration, destination-months with no delivery at all (each with
/// its paired change against the baseline), and the median destination-month's deliveries.
/// </summary>
public static class ReceiptsTable
{
    /// <summary>The table for <paramref name="outcome"/>.</summary>
    public static Table Build(RunOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var table = new Table()
            .Title(Markup.Escape("what the people served receive: mean [95% CI], and Δ vs baseline [95% CI]"))
            .AddColumn("variant")
            .AddColumn(new TableColumn("product per person & open day").RightAligned())
            .AddColumn(new TableColumn("open days with a full ration").RightAligned())
            .AddColumn(new TableColumn("destination-months with no delivery").RightAligned())
            .AddColumn(new TableColumn("median").RightAligned());
        foreach (var v in outcome.Variants)
        {
            var r = v.Receipts;
            table.AddRow(
                Markup.Escape(v.Name),
                Markup.Escape(Cell(r.QuantityPerPersonDay, "0.000", "+0.000;-0.000;0.000", 1)),
                Markup.Escape(Cell(r.FullRationShare, "0.0", "+0.0;-0.0;0.0", 100)),
                Markup.Escape(Cell(r.NoDeliveryShare, "0.0", "+0.0;-0.0;0.0", 100)),
                v.Deliveries is { } d ? d.P50.ToString(CultureInfo.InvariantCulture) : "");
        }
        return table;
    }

    // The estimate, and under it the change against the baseline when there is one.
    private static string Cell(OutcomeEstimate? outcome, string format, string signedFormat, double scale)
    {
        if (outcome is null)
        {
            return "";
        }

        var value = Format(outcome.Estimate, format, scale);
        return outcome.Difference is { } difference ? $"{value}\nΔ {Format(difference, signedFormat, scale)}" : value;
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
