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
            .Title(Markup.Escape("what the people served receive (mean [95% CI]; Δ vs baseline)"))
            .AddColumn("variant")
            .AddColumn(new TableColumn("per person & open day").RightAligned())
            .AddColumn(new TableColumn("Δ").RightAligned())
            .AddColumn(new TableColumn("full-ration days").RightAligned())
            .AddColumn(new TableColumn("Δ").RightAligned())
            .AddColumn(new TableColumn("no delivery at all").RightAligned())
            .AddColumn(new TableColumn("Δ").RightAligned())
            .AddColumn(new TableColumn("median").RightAligned());
        foreach (var v in outcome.Variants)
        {
            var r = v.Receipts;
            table.AddRow(
                Markup.Escape(v.Name),
                Markup.Escape(Format(r.QuantityPerPersonDay?.Estimate, "0.000", 1)),
                Markup.Escape(Format(r.QuantityPerPersonDay?.Difference, "+0.000;-0.000;0.000", 1)),
                Markup.Escape(Format(r.FullRationShare?.Estimate, "0.0", 100)),
                Markup.Escape(Format(r.FullRationShare?.Difference, "+0.0;-0.0;0.0", 100)),
                Markup.Escape(Format(r.NoDeliveryShare?.Estimate, "0.0", 100)),
                Markup.Escape(Format(r.NoDeliveryShare?.Difference, "+0.0;-0.0;0.0", 100)),
                v.Deliveries is { } d ? d.P50.ToString(CultureInfo.InvariantCulture) : "");
        }
        return table;
    }

    // The mean and interval scaled by 'scale' (100 for shares, shown with '%').
    private static string Format(MeanEstimate? estimate, string format, double scale)
    {
        if (estimate is null)
            return "";
        var unit = scale == 100 ? "%" : "";
        string Number(double x) => (x * scale).ToString(format, CultureInfo.InvariantCulture) + unit;
        return estimate.CiLow is { } low && estimate.CiHigh is { } high
            ? $"{Number(estimate.Mean)} [{Number(low)}, {Number(high)}]"
            : Number(estimate.Mean);
    }
}
