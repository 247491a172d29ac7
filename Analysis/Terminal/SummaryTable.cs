using System.Globalization;
using Shortfall.Analysis.Reports;
using Shortfall.Analysis.Running;
using Shortfall.Analysis.Statistics;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Shortfall.Analysis.Terminal;

/// <summary>The console's summary of a run: one row per variant with its headline mean and 95% interval, target probabilities, and the paired difference
/// against the baseline; with destinations, what the people served receive (<see cref="ReceiptsTable"/>) and deliveries by month (<see cref="MonthlyLines"/>);
/// with service equipment, its sessions.</summary>
public static class SummaryTable
{
    /// <summary>The table for <paramref name="outcome"/>.</summary>
    public static IRenderable Build(string scenario, RunOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var headline = outcome.Variants[0].Headline.Metric;
        var scale = Scale(outcome, outcome.Variants.Select(v => v.EffectPerCost));
        var table = new Table()
            .Title(Markup.Escape($"{scenario}: {outcome.Replications} replications{(outcome.StoppingRuleMet ? "" : " (precision not reached)")}"))
            .AddColumn("variant")
            .AddColumn(new TableColumn("cost").RightAligned())
            .AddColumn(new TableColumn(Markup.Escape(headline == HeadlineMetric.DeliveriesPerDestinationMonth ? "deliveries / destination-month [95% " +
                "CI]" : "sessions served [95% CI]")).RightAligned())
            .AddColumn(new TableColumn("P(target met)").RightAligned())
            .AddColumn(new TableColumn("P(all met)").RightAligned())
            .AddColumn(new TableColumn(Markup.Escape("Δ vs baseline [95% CI]")).RightAligned())
            .AddColumn(new TableColumn(Markup.Escape(EffectHeading(scale))).RightAligned());
        foreach (var v in outcome.Variants)
        {
            table.AddRow(
                Markup.Escape(v.Name),
                v.Cost is { } cost ? cost.ToString("N0", CultureInfo.InvariantCulture) : "",
                Interval(v.Headline.Estimate),
                Probability(v.TargetMet),
                Probability(v.AllTargetsMet),
                v.Difference is { } d ? Interval(d) : "",
                PerCost(v.EffectPerCost, scale));
        }
        var parts = new List<IRenderable> { table };
        if (outcome.Variants[0].Deliveries is not null)
        {
            parts.Add(ReceiptsTable.Build(outcome));
            parts.Add(new Text(MonthlyLines.Build(outcome)));
        }
        if (outcome.Variants.Any(v => v.Service is not null))
        {
            parts.Add(Service(outcome));
        }

        return new Rows(parts);
    }

    private static Table Service(RunOutcome outcome)
    {
        var scale = Scale(outcome, outcome.Variants.Select(v => v.Service?.EffectPerCost));
        var table = new Table()
            .Title("service equipment")
            .AddColumn("variant")
            .AddColumn(new TableColumn(Markup.Escape("sessions served [95% CI]")).RightAligned())
            .AddColumn(new TableColumn("turned away: no power / busy").RightAligned())
            .AddColumn(new TableColumn(Markup.Escape("Δ sessions vs baseline [95% CI]")).RightAligned())
            .AddColumn(new TableColumn(Markup.Escape(EffectHeading(scale))).RightAligned());
        foreach (var v in outcome.Variants.Where(v => v.Service is not null))
        {
            var service = v.Service!;
            table.AddRow(
                Markup.Escape(v.Name),
                Interval(service.SessionsServed),
                $"{service.TurnedAwayNoPower.Mean.ToString("0.0", CultureInfo.InvariantCulture)} / " +
                    $"{service.TurnedAwayBusy.Mean.ToString("0.0", CultureInfo.InvariantCulture)}",
                service.Difference is { } d ? Interval(d) : "",
                PerCost(service.EffectPerCost, scale));
        }
        return table;
    }

    // Effects per unit of cost are tiny (deliveries per won): quoted, as in the report, per a round amount.
    private static CostScale Scale(RunOutcome outcome, IEnumerable<CostEffectiveness?> effects) =>
        CostScale.For(effects.Select(e => e?.EffectPerUnitCost).OfType<double>(),
            outcome.Variants.Select(v => v.Cost).OfType<double>().DefaultIfEmpty(1).Max());

    private static string EffectHeading(CostScale scale) => $"Δ {scale.Label}";

    // Four decimals: an effect of exactly nothing shows as 0, not as the 1e-19 that rounding leaves.
    private static string PerCost(CostEffectiveness? effect, CostScale scale) =>
        effect?.EffectPerUnitCost is { } e ? (Math.Round(e * scale.Amount, 4) + 0.0).ToString("0.####", CultureInfo.InvariantCulture) : "";

    private static string Interval(MeanEstimate estimate)
    {
        var mean = estimate.Mean.ToString("0.00", CultureInfo.InvariantCulture);
        return estimate.CiLow is { } low && estimate.CiHigh is { } high
            ? Markup.Escape($"{mean} [{low.ToString("0.00", CultureInfo.InvariantCulture)}, {high.ToString("0.00", CultureInfo.InvariantCulture)}]")
            : mean;
    }

    private static string Probability(WilsonInterval? interval) =>
        interval is null ? "" : interval.Estimate.ToString("0.0%", CultureInfo.InvariantCulture);
}
