using System.Globalization;
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
    /// <summary>The summary for <paramref name="outcome"/>, in lines of at most <see cref="StackedRows.Width"/> characters.</summary>
    public static IRenderable Build(string scenario, RunOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var headline = outcome.Variants[0].Headline.Metric;
        var scale = Scale(outcome, outcome.Variants.Select(v => v.EffectPerCost));
        var rows = new StackedRows()
            .Heading($"{scenario}: {outcome.Replications} replications{(outcome.StoppingRuleMet ? "" : " (precision not reached)")}")
            .Heading((headline == HeadlineMetric.DeliveriesPerDestinationMonth ? "Deliveries per destination-month" : "Sessions served") +
                ", mean [95% CI], and the share of destination-months meeting their target / of replications meeting all" +
                (outcome.Variants.Count > 1 ? $"; under each remedy its change (Δ) against the baseline [95% CI]{CostLegend(outcome, scale)}." : "."));
        foreach (var v in outcome.Variants)
        {
            rows.Row(v.Name, Interval(v.Headline.Estimate), Targets(v));
            if (v.Difference is { } d)
            {
                rows.Row("", "Δ " + Interval(d), v.Cost is { } cost ? "cost " + cost.ToString("N0", CultureInfo.InvariantCulture) : "",
                    PerCost(v.EffectPerCost, scale));
            }
        }
        var parts = new List<IRenderable> { new Text(rows.ToString()) };
        if (outcome.Variants[0].Deliveries is not null)
        {
            parts.Add(new Text(ReceiptsTable.Build(outcome)));
            parts.Add(new Text(MonthlyLines.Build(outcome)));
        }
        if (outcome.Variants.Any(v => v.Service is not null))
        {
            parts.Add(new Text(Service(outcome)));
        }

        return new Rows(parts);
    }

    private static string Service(RunOutcome outcome)
    {
        var scale = Scale(outcome, outcome.Variants.Select(v => v.Service?.EffectPerCost));
        var rows = new StackedRows().Blank()
            .Heading("Service equipment: sessions served, mean [95% CI]; turned away for no power / busy" +
                (outcome.Variants.Count > 1 ? $"; Δ sessions against the baseline [95% CI]{CostLegend(outcome, scale)}." : "."));
        foreach (var v in outcome.Variants.Where(v => v.Service is not null))
        {
            var service = v.Service!;
            rows.Row(v.Name, Interval(service.SessionsServed),
                $"turned away {service.TurnedAwayNoPower.Mean.ToString("0.0", CultureInfo.InvariantCulture)} / " +
                    $"{service.TurnedAwayBusy.Mean.ToString("0.0", CultureInfo.InvariantCulture)}");
            if (service.Difference is { } d)
            {
                rows.Row("", "Δ " + Interval(d), PerCost(service.EffectPerCost, scale));
            }
        }
        return rows.ToString();
    }

    // Costs are spoken of only when some remedy has one: a baseline-only run, or remedies without costs, have none to explain.
    private static string CostLegend(RunOutcome outcome, CostScale scale) =>
        outcome.Variants.Any(v => v.Cost is not null) ? $", its cost, and the change {scale.Label}" : "";

    // Effects per unit of cost are tiny (deliveries per won): quoted, as in the report, per a round amount.
    private static CostScale Scale(RunOutcome outcome, IEnumerable<CostEffectiveness?> effects) =>
        CostScale.For(effects.Select(e => e?.EffectPerUnitCost).OfType<double>(),
            outcome.Variants.Select(v => v.Cost).OfType<double>().DefaultIfEmpty(1).Max());

    // Four decimals: an effect of exactly nothing shows as 0, not as the 1e-19 that rounding leaves.
    private static string PerCost(CostEffectiveness? effect, CostScale scale) =>
        effect?.EffectPerUnitCost is { } e
            ? $"{(Math.Round(e * scale.Amount, 4) + 0.0).ToString("+0.####;-0.####;0", CultureInfo.InvariantCulture)} {scale.Label}"
            : "";

    private static string Interval(MeanEstimate estimate)
    {
        var mean = estimate.Mean.ToString("0.00", CultureInfo.InvariantCulture);
        return estimate.CiLow is { } low && estimate.CiHigh is { } high
            ? $"{mean} [{low.ToString("0.00", CultureInfo.InvariantCulture)}, {high.ToString("0.00", CultureInfo.InvariantCulture)}]"
            : mean;
    }

    private static string Targets(VariantSummary variant) =>
        variant.TargetMet is { } met && variant.AllTargetsMet is { } all
            ? $"target met {met.Estimate.ToString("0.0%", CultureInfo.InvariantCulture)} / " +
                $"{all.Estimate.ToString("0.0%", CultureInfo.InvariantCulture)}"
            : "";
}
