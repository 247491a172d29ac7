using System.Globalization;
using Shortfall.Analysis.Output.Documents;
using Shortfall.Analysis.Reports;
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
    /// <summary>The lines for <paramref name="outcome"/>: one block per measure, a row per variant with its change against the baseline beside it;
    /// product quantities in <paramref name="productUnit"/>.</summary>
    public static string Build(RunOutcome outcome, string productUnit)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var rows = new StackedRows();
        Block(rows, outcome, $"Product per person and open day ({productUnit}), mean [95% CI], and Δ against the baseline [95% CI]:",
            v => v.Receipts.QuantityPerPersonDay, percent: false);
        Block(rows, outcome, "Open days with a full ration:", v => v.Receipts.FullRationShare, percent: true);
        Block(rows, outcome, "Destination-months with no delivery at all:", v => v.Receipts.NoDeliveryShare, percent: true);
        rows.Blank().Heading("Median deliveries in a destination-month: " + string.Join(", ", outcome.Variants.Where(v => v.Deliveries is not null)
            .Select(v => $"{v.Name} {v.Deliveries!.P50.ToString(CultureInfo.InvariantCulture)}")) + ".");
        return rows.ToString();
    }

    private static void Block(StackedRows rows, RunOutcome outcome, string heading, Func<VariantSummary, OutcomeEstimate?> measure, bool percent)
    {
        rows.Blank().Heading(heading);
        var measured = outcome.Variants.Select(v => (v.Name, Measure: measure(v))).Where(x => x.Measure is not null).ToArray();
        var estimates = Column(measured.Select(x => x.Measure!.Estimate), percent, signed: false);
        var changes = Column(measured.Select(x => x.Measure!.Difference), percent, signed: true);
        foreach (var (name, m) in measured)
        {
            rows.Row(name, estimates(m!.Estimate), m.Difference is { } d ? "Δ " + changes(d) : "");
        }
    }

    // One column of estimates, by the one rule for digits (ReportNumber), shares in percent.
    private static Func<MeanEstimate, string> Column(IEnumerable<MeanEstimate?> column, bool percent, bool signed)
    {
        var documents = column.OfType<MeanEstimate>().Select(MeanDocument.Of);
        var format = percent ? ReportNumber.Percents(documents, signed) : ReportNumber.Intervals(documents, signed);
        return estimate => format(MeanDocument.Of(estimate));
    }
}
