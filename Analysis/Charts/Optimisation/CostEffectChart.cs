using System.Globalization;
using Shortfall.Analysis.Optimisation;

namespace Shortfall.Analysis.Charts.Optimisation;

/// <summary>
/// The optimiser's cost–effect chart: every portfolio simulated at its cost and mean objective, the efficient frontier
/// (the portfolios that no cheaper or equally cheap one beats) as a step line, and the pick marked and named. Drawn with
/// ScottPlot as SVG.
/// </summary>
public static class CostEffectChart
{
    /// <summary>The chart's file name.</summary>
    public const string FileName = "optimise-cost-effect.svg";

    private const int Width = 900;
    private const int Height = 560;

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

    /// <summary>The chart as SVG text.</summary>
    public static string Svg(OptimisationRun run, OptimisationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(outcome);
        var plot = new ScottPlot.Plot();
        var scale = outcome.Portfolios.Max(p => p.Portfolio.Cost) >= 1e6 ? 1e6 : 1.0;
        var unit = scale > 1 ? $"million {run.Currency}" : run.Currency;

        var others = plot.Add.ScatterPoints(
            outcome.Portfolios.Select(p => p.Portfolio.Cost / scale).ToArray(),
            outcome.Portfolios.Select(p => p.Estimate().Mean).ToArray());
        others.Color = ScottPlot.Colors.Gray.WithAlpha(0.6);
        others.MarkerSize = 6;
        others.LegendText = "portfolio (mean)";

        var frontier = Frontier(outcome, run.Objective.Minimise);
        var line = plot.Add.ScatterLine(frontier.Select(p => p.Portfolio.Cost / scale).ToArray(), frontier.Select(p => p.Estimate().Mean).ToArray());
        line.ConnectStyle = ScottPlot.ConnectStyle.StepHorizontal;
        line.Color = ScottPlot.Colors.SteelBlue;
        line.LineWidth = 2;
        line.LegendText = "efficient frontier";

        var chosen = outcome.Portfolios[outcome.Chosen];
        var pick = plot.Add.ScatterPoints(new[] { chosen.Portfolio.Cost / scale }, new[] { chosen.Estimate().Mean });
        pick.Color = ScottPlot.Colors.OrangeRed;
        pick.MarkerShape = ScottPlot.MarkerShape.FilledDiamond;
        pick.MarkerSize = 14;
        pick.LegendText = $"pick: {chosen.Portfolio.Name(outcome.Levers)}";

        var budget = plot.Add.VerticalLine(run.Settings.Budget / scale);
        budget.Color = ScottPlot.Colors.Black.WithAlpha(0.5);
        budget.LinePattern = ScottPlot.LinePattern.Dashed;
        budget.LegendText = string.Create(CultureInfo.InvariantCulture, $"budget {run.Settings.Budget / scale:0.##} {unit}");

        plot.Title($"{run.Scenario}: {run.Objective.Name} against cost");
        plot.XLabel($"cost ({unit})");
        plot.YLabel($"{run.Objective.Name} ({(run.Objective.Minimise ? "smaller" : "larger")} is better)");
        plot.ShowLegend(ScottPlot.Alignment.LowerRight);
        return plot.GetSvgXml(Width, Height);
    }
}
