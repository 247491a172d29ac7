using Shortfall.Analysis.Calibration;
using Shortfall.Configuration.Calibration;
using Xunit;

namespace Shortfall.Tests.Calibration;

/// <summary>
/// A uniform prior on a daily availability p is Beta(1, 1); after k available days of n the exact posterior is
/// Beta(1 + k, 1 + n − k). With a tolerance of 0 on the count, ABC targets exactly that posterior, so the particles'
/// weighted mean and variance must match its closed form within their Monte Carlo error, judged on the effective sample
/// size: 4 standard errors for the mean, and for the variance 4 × √(2 / ESS) of it (the variance of a sample variance,
/// for a near-normal posterior).
/// </summary>
public sealed class ConjugatePosteriorTests
{
    private const int Days = 40;
    private const int Available = 14;

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void The_ABC_posterior_of_a_binomial_availability_matches_the_exact_beta_posterior(int replications)
    {
        var model = new BinomialModel(Days, Available, replications);
        var outcome = AbcSmc.Run([new UniformPrior(0, 1)], model.Simulate, new AbcSettings(1000, 12, null, Seed: 7, Threads: 2));

        AssertMatches(outcome.Posterior, 1 + Available, 1 + Days - Available);
    }

    /// <summary>A loguniform prior on [0.001, 1] has density ∝ 1/p, so the posterior is Beta(k, 1 + n − k) cut below 0.001, where it has
    /// less than 10⁻¹⁵ of its mass; the kernel moves in log space here (<see cref="ProposalSpace"/>), so its Jacobian is checked too.</summary>
    [Fact]
    public void A_loguniform_prior_gives_the_exact_posterior_too()
    {
        var model = new BinomialModel(Days, Available, 1);
        var outcome = AbcSmc.Run([new LogUniformPrior(0.001, 1)], model.Simulate, new AbcSettings(1000, 12, null, Seed: 5, Threads: 2));

        AssertMatches(outcome.Posterior, Available, 1 + Days - Available);
    }

    private static void AssertMatches(Generation posterior, double a, double b)
    {
        Assert.Equal(0, posterior.Tolerance);
        var exactMean = a / (a + b);
        var exactVariance = a * b / ((a + b) * (a + b) * (a + b + 1));
        var ess = posterior.EffectiveSampleSize;
        Assert.InRange(ess, 100, 1000);
        Assert.InRange(Posterior.Mean(posterior), exactMean - 4 * Math.Sqrt(exactVariance / ess), exactMean + 4 * Math.Sqrt(exactVariance / ess));
        var spread = 4 * Math.Sqrt(2 / ess) * exactVariance;
        Assert.InRange(Posterior.Variance(posterior), exactVariance - spread, exactVariance + spread);
    }

    [Fact]
    public void Tolerances_never_grow_and_weights_sum_to_one()
    {
        var model = new BinomialModel(Days, Available, 1);
        var outcome = AbcSmc.Run([new UniformPrior(0, 1)], model.Simulate, new AbcSettings(200, 8, null, Seed: 3, Threads: 2));

        Assert.True(double.IsPositiveInfinity(outcome.Generations[0].Tolerance));
        for (var g = 1; g < outcome.Generations.Count; g++)
        {
            Assert.True(outcome.Generations[g].Tolerance <= outcome.Generations[g - 1].Tolerance);
            Assert.All(outcome.Generations[g].Particles, p => Assert.Contains(p.Point.Distances, d => d <= outcome.Generations[g].Tolerance));
        }
        Assert.All(outcome.Generations, g => Assert.Equal(1, g.Particles.Sum(p => p.Weight), 9));
    }
}
