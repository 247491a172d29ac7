using Shortfall.Analysis.Optimisation;
using Shortfall.Randomness;

namespace Shortfall.Tests.Optimisation;

/// <summary>
/// Optimisation over a posterior on a test plant whose best portfolio depends on an uncertain θ, with three weighted parameter sets.
/// Levers A, B, C cost 1 each and the budget is 1, so the candidates are the baseline and each lever alone. Their effects are 1.2 for A,
/// 4θ² for B and 4(1 − θ)² for C: on θ = 0.1 C is best (3.24), on θ = 0.5 A is (1.2 against 1), on θ = 0.9 B is (3.24). With weights 0.25,
/// 0.35 and 0.4 the posterior means are A 1.2, B 1.656, C 1.176, baseline 0: B is the pick, 0.456 above A, and the shares of "best" are
/// exactly C 0.25, A 0.35, B 0.4.
/// </summary>
public sealed class PosteriorOptimisationTests
{
    private static readonly Lever[] Levers = [new("A", 1, 1, []), new("B", 1, 1, []), new("C", 1, 1, [])];
    private static readonly double[] Thetas = [0.1, 0.5, 0.9];
    private static readonly double[] Weights = [0.25, 0.35, 0.4];

    // The own noise is small: on a set, finalists' means over R = 4 replications differ by own noise of sd 0.05·√(2/4) ≈ 0.035, and the
    // closest margin on a set is 0.2, almost 6 of those sds, so a set's winner is the true one but with probability below 10⁻⁸.
    private sealed class Plant(ulong seed) : IPosteriorPortfolioModel
    {
        public IReadOnlyList<double> Weights => PosteriorOptimisationTests.Weights;

        public void Prepare(IReadOnlyList<Portfolio> portfolios)
        {
        }

        public double Simulate(Portfolio portfolio, int set, long replication)
        {
            var standard = new Normal(0, 1);
            var shared = standard.Sample(new RandomStream(RandomStreams.StreamSeed(seed, replication, "shared")));
            var own = standard.Sample(new RandomStream(RandomStreams.StreamSeed(seed, replication, portfolio.Key)));
            return TrueMean(portfolio.Units, Thetas[set]) + shared + 0.05 * own;
        }
    }

    private static double TrueMean(IReadOnlyList<int> units, double theta) =>
        1.2 * units[0] + 4 * theta * theta * units[1] + 4 * (1 - theta) * (1 - theta) * units[2];

    private static OptimisationOutcome Optimise(ulong seed) =>
        PosteriorOptimiser.Optimise(Levers, new Plant(seed), seed, new OptimisationSettings(1, new SelectionSettings(0.05, 0.2)), replicationsPerSet: 4);

    [Fact]
    public void The_pick_is_the_best_mean_over_the_posterior_though_it_is_best_on_fewer_than_half_of_the_sets()
    {
        var posteriorMeans = new[] { "0,0,0", "1,0,0", "0,1,0", "0,0,1" }
            .ToDictionary(k => k, k => Enumerable.Range(0, 3).Sum(i => Weights[i] * TrueMean(k.Split(',').Select(int.Parse).ToArray(), Thetas[i])));
        Assert.Equal("0,1,0", posteriorMeans.MaxBy(p => p.Value).Key);
        for (var seed = 1UL; seed <= 10; seed++)
        {
            var outcome = Optimise(seed);
            Assert.Equal("0,1,0", outcome.Portfolios[outcome.Chosen].Portfolio.Key);
            Assert.True(outcome.Selection.Guaranteed);
        }
    }

    [Fact]
    public void How_often_each_finalist_is_best_is_the_posterior_weight_of_the_sets_it_wins()
    {
        var outcome = Optimise(3);
        var shares = outcome.BestAcrossPosterior!;

        Assert.Equal((3, 4), (shares.Sets, shares.ReplicationsPerSet));
        double Share(string key) => shares.Shares[outcome.Portfolios.ToList().FindIndex(p => p.Portfolio.Key == key)]!.Value;
        Assert.Equal(0.35, Share("1,0,0"), 12);
        Assert.Equal(0.4, Share("0,1,0"), 12);
        Assert.Equal(0.25, Share("0,0,1"), 12);
        Assert.Equal(0, Share("0,0,0"));
    }

    [Fact]
    public void Replications_are_spread_over_the_sets_by_weight()
    {
        const int N = 20_000;
        var model = new PosteriorPortfolioModel(new Plant(1), 8);
        var counts = new int[3];
        for (var k = 0L; k < N; k++)
        {
            counts[model.SetOf(k)]++;
        }

        // Each count is Binomial(N, w): within 4 of its standard deviations.
        for (var i = 0; i < 3; i++)
        {
            var sd = Math.Sqrt(N * Weights[i] * (1 - Weights[i]));
            Assert.InRange(counts[i], N * Weights[i] - 4 * sd, N * Weights[i] + 4 * sd);
        }
    }
}
