using Shortfall.Analysis.Optimisation;
using Shortfall.Randomness;
using Xunit.Abstractions;

namespace Shortfall.Tests.Optimisation;

public sealed class KimNelsonSelectionTests(ITestOutputHelper output)
{
    // Four levers: A, B, C all-or-nothing, D up to three units; A and C together lose 0.8 (they compete for the same
    // resource), so A+C+D (cost 9) is worth 2.2, not the 3.0 their effects add up to. Within the budget the best is
    // B+C+D×2 (cost 10, mean 3.1); C+D×3 (3.0) is within δ = 0.4 of it, and every other portfolio is at least 0.5 below.
    private static readonly Lever[] Levers =
    [
        new("A", 3.0, 1, []),
        new("B", 2.0, 1, []),
        new("C", 4.0, 1, []),
        new("D", 2.0, 3, []),
    ];

    private static readonly TestPlant Plant = new([1.0, 0.6, 1.5, 0.5], (0, 2, -0.8), sharedSd: 2.0, ownSd: 0.5);
    private const double Budget = 10.0;
    private const double Delta = 0.4;
    private const double Alpha = 0.05;

    private static IReadOnlyList<Portfolio> Candidates => PortfolioSpace.WithinBudget(Levers, Budget, 1000)!;

    private static SelectionOutcome Run(ulong seed, int threads = 1) =>
        KimNelsonSelection.Select(Candidates.Count, (i, k) => Plant.Replicate(Candidates[i].Units, seed, k, $"portfolio-{i}"),
            new SelectionSettings(Alpha, Delta, FirstStage: 10, Threads: threads));

    [Fact]
    public void The_pick_is_within_the_indifference_amount_of_the_true_best_in_at_least_one_minus_alpha_of_seeded_runs()
    {
        const int runs = 300;
        var best = Candidates.Max(p => Plant.TrueMean(p.Units));
        var good = 0;
        long replications = 0, fixedPrecision = 0;
        for (var seed = 1UL; seed <= runs; seed++)
        {
            var outcome = Run(seed);
            Assert.True(outcome.Guaranteed);
            Assert.True(Candidates[outcome.Selected].Cost <= Budget);
            if (best - Plant.TrueMean(Candidates[outcome.Selected].Units) < Delta)
            {
                good++;
            }
            replications += outcome.Replications;
            fixedPrecision += outcome.FixedPrecisionReplications;
        }
        // Under the guarantee the count of good picks is at least Binomial(runs, 1 − α); three standard deviations
        // below its mean is a bound it falls under with probability about 0.001.
        var floor = runs * (1 - Alpha) - 3.0 * Math.Sqrt(runs * Alpha * (1 - Alpha));
        output.WriteLine($"good picks {good}/{runs}; replications {replications} against {fixedPrecision} without elimination " +
            $"(ratio {(double)replications / fixedPrecision:F3})");
        Assert.True(good >= floor, $"{good} good picks of {runs}, fewer than {floor:F1}");
        Assert.True(replications < fixedPrecision);
    }

    [Fact]
    public void In_the_slippage_configuration_the_best_is_picked_in_at_least_one_minus_alpha_of_seeded_runs()
    {
        // Kim and Nelson's least favourable case: the best exactly δ above four equal others, independent unit-variance
        // normal outputs (no shared noise to help). α = 0.1 so that a procedure near its bound would show.
        const int runs = 400;
        const double alpha = 0.1;
        var correct = 0;
        for (var seed = 1UL; seed <= runs; seed++)
        {
            var s = seed;
            var outcome = KimNelsonSelection.Select(5, (i, k) => (i == 3 ? 0.5 : 0.0) + StandardNormal(s, k, $"system-{i}"),
                new SelectionSettings(alpha, 0.5));
            correct += outcome.Selected == 3 ? 1 : 0;
        }
        var floor = runs * (1 - alpha) - 3.0 * Math.Sqrt(runs * alpha * (1 - alpha));
        output.WriteLine($"correct selections {correct}/{runs}");
        Assert.True(correct >= floor, $"{correct} correct of {runs}, fewer than {floor:F1}");
    }

    private static double StandardNormal(ulong seed, long k, string name) =>
        new Normal(0.0, 1.0).Sample(new RandomStream(RandomStreams.StreamSeed(seed, k, name)));

    [Fact]
    public void The_outcome_is_the_same_whatever_the_number_of_threads()
    {
        var one = Run(7, threads: 1);
        var three = Run(7, threads: 3);
        Assert.Equal(one.Selected, three.Selected);
        Assert.Equal(one.Stages, three.Stages);
        for (var i = 0; i < one.Candidates.Count; i++)
        {
            Assert.Equal(one.Candidates[i].Observations, three.Candidates[i].Observations);
            Assert.Equal(one.Candidates[i].EliminatedAtStage, three.Candidates[i].EliminatedAtStage);
        }
    }

    [Fact]
    public void Eta_follows_the_formula_of_Kim_and_Nelson()
    {
        // k = 25, n0 = 10, α = 0.05: η = ½[(0.1/24)^(−2/9) − 1].
        var outcome = Run(3);
        var eta = 0.5 * (Math.Pow(0.1 / 24, -2.0 / 9) - 1);
        Assert.Equal(25, Candidates.Count);
        Assert.Equal(eta, outcome.Eta, 12);
        Assert.Equal(2 * eta * 9, outcome.HSquared, 12);
    }

    [Fact]
    public void A_minimised_objective_picks_the_smallest_mean()
    {
        var means = new[] { 5.0, 3.0, 4.0 };
        var outcome = KimNelsonSelection.Select(3, (i, k) => means[i] + (k % 3 - 1) * 0.1 + (i == 2 ? 0.05 * (k % 2) : 0.0),
            new SelectionSettings(Alpha, 0.5, Minimise: true));
        Assert.Equal(1, outcome.Selected);
        Assert.All(outcome.Candidates.Where(c => c.Index != 1), c => Assert.NotNull(c.EliminatedAtStage));
    }

    [Fact]
    public void Candidates_that_always_tie_end_with_the_lowest_index_once_their_region_closes()
    {
        var outcome = KimNelsonSelection.Select(3, (i, k) => i == 0 ? 1.0 : 2.0 + k % 2, new SelectionSettings(Alpha, 0.5));
        Assert.Equal(1, outcome.Selected);
        Assert.True(outcome.Guaranteed);
        Assert.Equal(0, outcome.Candidates[2].EliminatedBy ?? 0);
    }
}
