using Shortfall.Analysis.Optimisation;

namespace Shortfall.Analysis.Charts.Optimisation;

/// <summary>
/// The optimiser's cost–effect chart: every portfolio simulated at its cost and mean objective, the efficient frontier
/// (the portfolios that no cheaper or equally cheap one beats) as a step line, and the pick marked and named. Drawn with
/// ScottPlot as SVG.
/// </summary>
public static class CostEffectChart
{
    /// <summary>The chart's file name, without its extension (.svg, and .png beside it).</summary>
    public const string Name = "optimise-cost-effect";

    /// <summary>The frontier: portfolios in order of cost whose mean is better than that of every cheaper one (ties in cost to the better mean).</summary>
    public static IReadOnlyList<PortfolioResult> Frontier(OptimisationOutcome outcome, bool minimise)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var sign = minimise ? -1.0 : 1.0;
        var frontier = new List<PortfolioResult>();
        foreach (var result in outcome.Portfolios.OrderBy(p => p.Portfolio.Cost).ThenByDescending(p => sign * p.Estimate().Mean))
        {
            if (frontier.Count == 0 || sign * result.Estimate().Mean > sign * frontier[^1].Estimate().Mean)
            {
                frontier.Add(result);
            }
        }
        return frontier;
    }

    /// <summary>The chart as a plot, in the house style (bundled font, colour-blind-safe colours).</summary>
    public static PlottedChart Plot(OptimisationRun run, OptimisationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(outcome);
        var scale = outcome.Portfolios.Max(p => p.Portfolio.Cost) >= 1e6 ? 1e6 : 1.0;
        var unit = scale > 1 ? $"million {run.Currency}" : run.Currency;
        var title = $"{run.Scenario}: {run.Objective.Name} against cost";
        var plot = ChartStyle.NewPlot(title, new AxisTitle("cost", unit),
            new AxisTitle(run.Objective.Name, run.Objective.Minimise ? "smaller is better" : "larger is better"));

        var others = plot.Add.ScatterPoints(
            outcome.Portfolios.Select(p => p.Portfolio.Cost / scale).ToArray(),
            outcome.Portfolios.Select(p => p.Estimate().Mean).ToArray());
        others.Color = ChartStyle.Reference.WithAlpha(0.6);
        others.MarkerSize = 6;
        others.LegendText = "portfolio (mean)";

        var frontier = Frontier(outcome, run.Objective.Minimise);
        var line = plot.Add.ScatterLine(frontier.Select(p => p.Portfolio.Cost / scale).ToArray(), frontier.Select(p => p.Estimate().Mean).ToArray());
        line.ConnectStyle = ScottPlot.ConnectStyle.StepHorizontal;
        line.Color = ChartStyle.Series(0).Color;
        line.LineWidth = 2;
        line.LegendText = "efficient frontier";

        var chosen = outcome.Portfolios[outcome.Chosen];
        var pick = plot.Add.ScatterPoints(new[] { chosen.Portfolio.Cost / scale }, new[] { chosen.Estimate().Mean });
        pick.Color = ChartStyle.Series(1).Color;
        pick.MarkerShape = ScottPlot.MarkerShape.FilledDiamond;
        pick.MarkerSize = 14;
        pick.LegendText = $"pick: {chosen.Portfolio.Name(outcome.Levers)}";

        ChartStyle.ReferenceLine(plot, run.Settings.Budget / scale, vertical: true, $"budget {ChartStyle.Number(run.Settings.Budget / scale)} {unit}");
        ChartStyle.Legend(plot);
        var description = $"Each grey dot is a portfolio within the budget at its cost and mean {run.Objective.Name}; the step line joins the " +
            "portfolios no cheaper one beats (the efficient frontier); the diamond is the portfolio the selection procedure picked; the dashed " +
            "line is the budget.";
        return new PlottedChart(plot, title, description, ChartStyle.Wide(8));
    }
}
