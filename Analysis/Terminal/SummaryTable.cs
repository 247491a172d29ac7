using System.Globalization;
using Shortfall.Analysis.Output;
using Shortfall.Analysis.Output.Documents;
using Shortfall.Analysis.Reports;
using Shortfall.Analysis.Running;
using Shortfall.Analysis.Statistics;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Shortfall.Analysis.Terminal;

/// <summary>The console's summary of a run, in lines that fit 80 columns (<see cref="StackedRows"/>): one row per variant with its headline mean and 95%
/// interval and target probabilities, and under each remedy the paired difference against the baseline, its cost and the difference per a round amount
/// of cost; with destinations, what the people served receive (<see cref="ReceiptsTable"/>) and deliveries by month (<see cref="MonthlyLines"/>);
/// with service equipment, its sessions.</summary>
public static class SummaryTable
{
    /// <summary>The summary for <paramref name="outcome"/> of <paramref name="run"/>, in lines of at most <see cref="StackedRows.Width"/> characters.</summary>
    public static IRenderable Build(RunDescription run, RunOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(outcome);
        var headline = outcome.Variants[0].Headline.Metric;
        var scale = Scale(run, outcome, outcome.Variants.Select(v => v.EffectPerCost));
        var rows = new StackedRows()
            .Heading($"{run.Scenario}: {outcome.Replications} replications{(outcome.StoppingRuleMet ? "" : " (precision not reached)")}")
            .Heading((headline == HeadlineMetric.DeliveriesPerDestinationMonth ? "Deliveries per destination-month" : "Sessions served") +
                ", mean [95% CI], and the share of destination-months meeting their target / of replications meeting all" +
                (outcome.Variants.Count > 1 ? $"; under each remedy its change (Δ) against the baseline [95% CI]{CostLegend(outcome, scale)}." : "."));
        var estimates = Intervals(outcome.Variants.Select(v => v.Headline.Estimate));
        var changes = Intervals(outcome.Variants.Select(v => v.Difference), signed: true);
        var perCost = PerCost(outcome.Variants.Select(v => v.EffectPerCost), scale);
        foreach (var v in outcome.Variants)
        {
            rows.Row(v.Name, estimates(v.Headline.Estimate), Targets(v));
            if (v.Difference is { } d)
            {
                rows.Row("", "Δ " + changes(d), v.Cost is { } cost ? "cost " + ReportNumber.Money(cost, run.Currency) : "", perCost(v.EffectPerCost));
            }
        }
        var parts = new List<IRenderable> { new Text(rows.ToString()) };
        if (outcome.Variants[0].Deliveries is not null)
        {
            parts.Add(new Text(ReceiptsTable.Build(outcome, ProductUnit(run))));
            parts.Add(new Text(MonthlyLines.Build(outcome)));
        }
        if (outcome.Variants.Any(v => v.Service is not null))
        {
            parts.Add(new Text(Service(run, outcome)));
        }

        return new Rows(parts);
    }

    /// <summary>A formatter for a column of estimates: the rule of <see cref="ReportNumber.Intervals"/>, for the console's estimates.</summary>
    private static Func<MeanEstimate, string> Intervals(IEnumerable<MeanEstimate?> column, bool signed = false, string unit = "")
    {
        var format = ReportNumber.Intervals(column.OfType<MeanEstimate>().Select(MeanDocument.Of), signed);
        return estimate => Unit(format(MeanDocument.Of(estimate)), unit);
    }

    // The products' unit when they share one, for product quantities summed over products.
    private static string ProductUnit(RunDescription run) =>
        run.ProductUnits.Values.Distinct(StringComparer.Ordinal).ToArray() is [var unit] ? unit : "units of product";

    private static string Service(RunDescription run, RunOutcome outcome)
    {
        var scale = Scale(run, outcome, outcome.Variants.Select(v => v.Service?.EffectPerCost));
        var rows = new StackedRows().Blank()
            .Heading("Service equipment: sessions served, mean [95% CI]; visits turned away for no power / busy" +
                (outcome.Variants.Count > 1 ? $"; Δ sessions against the baseline [95% CI]{CostLegend(outcome, scale)}." : "."));
        var services = outcome.Variants.Select(v => v.Service).OfType<ServiceSummary>().ToArray();
        var served = Intervals(services.Select(s => s.SessionsServed), unit: "sessions");
        var away = ReportNumber.Column(services.SelectMany(s => new[] { s.TurnedAwayNoPower.Mean, s.TurnedAwayBusy.Mean }));
        var changes = Intervals(services.Select(s => s.Difference), signed: true);
        var perCost = PerCost(services.Select(s => s.EffectPerCost), scale);
        foreach (var v in outcome.Variants.Where(v => v.Service is not null))
        {
            var service = v.Service!;
            rows.Row(v.Name, served(service.SessionsServed),
                $"turned away {away(service.TurnedAwayNoPower.Mean)} / {away(service.TurnedAwayBusy.Mean)} visits");
            if (service.Difference is { } d)
            {
                rows.Row("", "Δ " + changes(d), perCost(service.EffectPerCost));
            }
        }
        return rows.ToString();
    }

    // Costs are spoken of only when some remedy has one: a baseline-only run, or remedies without costs, have none to explain.
    private static string CostLegend(RunOutcome outcome, CostScale scale) =>
        outcome.Variants.Any(v => v.Cost is not null) ? $", its cost, and the change {scale.Label} [95% CI]" : "";

    // Effects per unit of cost are tiny (deliveries per won): quoted, as in the report, per a round amount.
    private static CostScale Scale(RunDescription run, RunOutcome outcome, IEnumerable<CostEffectiveness?> effects) =>
        CostScale.For(effects.Select(e => e?.EffectPerUnitCost).OfType<double>(), run.Currency,
            outcome.Variants.Select(v => v.Cost).OfType<double>().DefaultIfEmpty(1).Max());

    // The column of effects per cost, scaled, with their intervals; empty for a variant without one.
    private static Func<CostEffectiveness?, string> PerCost(IEnumerable<CostEffectiveness?> column, CostScale scale)
    {
        Estimate? Scaled(CostEffectiveness? e) => e?.EffectPerUnitCost is null ? null : scale.Apply(new Estimate(e.EffectPerUnitCost, e.CiLow, e.CiHigh));
        var format = ReportNumber.Intervals(column.Select(Scaled), signed: true);
        return effect => Scaled(effect) is { } scaled ? $"{format(scaled)} {scale.Label}" : "";
    }

    private static string Unit(string text, string unit) => unit.Length == 0 || text == "–" ? text : $"{text} {unit}";

    private static string Targets(VariantSummary variant) =>
        variant.TargetMet is { } met && variant.AllTargetsMet is { } all
            ? $"target met {met.Estimate.ToString("0.0%", CultureInfo.InvariantCulture)} / " +
                $"{all.Estimate.ToString("0.0%", CultureInfo.InvariantCulture)}"
            : "";
}
