using Shortfall.Analysis.Optimisation;

namespace Shortfall.Tests.Optimisation;

public sealed class PortfolioOptimiserTests
{
    // Six levers, two with units: 3 × 2⁴ × 4 = 192 portfolios in all, many within the budget, so a selection limit of 12
    // makes the optimiser search. Effects add up, except that A and B together lose 1.
    private static readonly Lever[] Levers =
    [
        new("A", 3.0, 1, []),
        new("B", 2.0, 1, []),
        new("C", 4.0, 2, []),
        new("D", 1.0, 3, ["E"]),
        new("E", 2.5, 1, []),
        new("F", 5.0, 1, []),
    ];

    private static readonly TestPlant Plant = new([1.0, 0.8, 1.2, 0.4, 0.9, 0.5], (0, 1, -1.0), sharedSd: 1.0, ownSd: 0.3);

    private sealed class Model(ulong seed) : IPortfolioModel
    {
        public int Prepared { get; private set; }

        public void Prepare(IReadOnlyList<Portfolio> portfolios) => Prepared += portfolios.Count;

        public double Simulate(Portfolio portfolio, long replication) => Plant.Replicate(portfolio.Units, seed, replication, portfolio.Key);
    }

    private static OptimisationOutcome Optimise(ulong seed, double budget, int limit) =>
        PortfolioOptimiser.Optimise(Levers, new Model(seed), new OptimisationSettings(budget, new SelectionSettings(0.05, 0.3), limit));

    [Fact]
    public void With_few_portfolios_every_one_within_budget_is_a_finalist_and_the_pick_is_near_the_true_best()
    {
        var space = PortfolioSpace.WithinBudget(Levers, 6.0, 1000)!;
        var best = space.Max(p => Plant.TrueMean(p.Units));
        for (var seed = 1UL; seed <= 20; seed++)
        {
            var outcome = Optimise(seed, 6.0, space.Count);
            Assert.False(outcome.Searched);
            Assert.Equal(space.Count, outcome.Portfolios.Count(p => p.Finalist));
            var chosen = outcome.Portfolios[outcome.Chosen].Portfolio;
            Assert.True(chosen.Cost <= 6.0);
            Assert.True(best - Plant.TrueMean(chosen.Units) < 0.3, $"seed {seed}: {chosen.Key}");
        }
    }

    [Fact]
    public void A_search_keeps_every_portfolio_within_budget_and_selects_among_at_most_the_limit_on_fresh_replications()
    {
        var outcome = Optimise(5, 11.0, 12);
        Assert.True(outcome.Searched);
        Assert.All(outcome.Portfolios, p => Assert.True(p.Portfolio.Cost <= 11.0));
        Assert.All(outcome.Portfolios, p => Assert.False(p.Portfolio.Units[3] > 0 && p.Portfolio.Units[4] > 0));
        Assert.InRange(outcome.Portfolios.Count(p => p.Finalist), 2, 12);
        Assert.All(outcome.Portfolios, p => Assert.Equal(10, p.Screening.Count));
        // The selection's first value of a finalist is replication n0 = 10, not one the screening saw.
        var finalist = outcome.Portfolios.First(p => p.Finalist);
        Assert.Equal(Plant.Replicate(finalist.Portfolio.Units, 5, 10, finalist.Portfolio.Key), finalist.Selection[0]);
        Assert.Equal(outcome.Portfolios.Sum(p => p.Replications) + Math.Max(0, outcome.Effect.Count - BaselineSelection(outcome)), outcome.Replications);
    }

    [Fact]
    public void The_effect_against_the_baseline_is_paired_over_the_picks_replications_and_covers_the_true_effect()
    {
        var outcome = Optimise(9, 6.0, 1000);
        var chosen = outcome.Portfolios[outcome.Chosen];
        Assert.Equal(chosen.Selection.Count, outcome.Effect.Count);
        var effect = outcome.Effect.EstimateDifference();
        var truth = Plant.TrueMean(chosen.Portfolio.Units);
        // Shared noise cancels: the paired interval is about own noise only (sd 0.3·√2), far narrower than the shared sd 1.
        Assert.InRange(truth, effect.CiLow!.Value, effect.CiHigh!.Value);
        Assert.True(effect.HalfWidth < 0.5);
    }

    private static long BaselineSelection(OptimisationOutcome outcome) =>
        outcome.Portfolios.FirstOrDefault(p => p.Portfolio.IsBaseline)?.Selection.Count ?? 0;
}
