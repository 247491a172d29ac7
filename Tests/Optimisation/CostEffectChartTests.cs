using Shortfall.Analysis.Charts.Optimisation;
using Shortfall.Analysis.Optimisation;
using Shortfall.Analysis.Statistics;

namespace Shortfall.Tests.Optimisation;

public sealed class CostEffectChartTests
{
    private static readonly Lever[] Levers = [new("a", 1.0, 3, [])];

    // Portfolios a×0 … a×3 with means 1, 3, 2, 5 (each from two equal values): a×2 is dearer and worse than a×1.
    private static OptimisationOutcome Outcome(params double[] means)
    {
        var results = means.Select((m, i) => new PortfolioResult(new Portfolio([i], i), [], [m, m], i == means.Length - 1 ? null : 10)).ToArray();
        var selection = new SelectionOutcome(means.Length - 1, [], 0, 0, 10, true, 0);
        return new OptimisationOutcome(Levers, results, means.Length - 1, selection, means.Length, false, new PairedDifference());
    }

    [Fact]
    public void The_frontier_keeps_only_portfolios_better_than_every_cheaper_one()
    {
        var frontier = CostEffectChart.Frontier(Outcome(1, 3, 2, 5), minimise: false);
        Assert.Equal([0, 1, 3], frontier.Select(p => p.Portfolio.Units[0]));
    }

    [Fact]
    public void For_a_minimised_objective_the_frontier_falls()
    {
        var frontier = CostEffectChart.Frontier(Outcome(5, 3, 4, 1), minimise: true);
        Assert.Equal([0, 1, 3], frontier.Select(p => p.Portfolio.Units[0]));
    }
}
