using Shortfall.Randomness;

namespace Shortfall.Tests.Randomness;

public sealed class DiscreteSamplingTests
{
    private const ulong Seed = 424242;

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.02)]
    [InlineData(0.5)]
    public void Bernoulli_samples_are_zero_or_one_with_the_right_frequencies_and_moments(double p)
    {
        var distribution = new Bernoulli(p);
        var samples = SampleChecks.Draw(distribution, Seed);
        Assert.All(samples, x => Assert.True(x == 0 || x == 1));
        var ones = samples.Count(x => x == 1);
        SampleChecks.ChiSquareAccepts([samples.Length - ones, ones], [1 - p, p]);
        SampleChecks.MeanMatches(samples, p, p * (1 - p));
        SampleChecks.VarianceMatches(samples, p * (1 - p), p * (1 - p) * (Math.Pow(1 - p, 3) + Math.Pow(p, 3)));
    }

    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(1.0, 1.0)]
    public void Bernoulli_with_a_certain_outcome_always_gives_it(double p, double outcome)
    {
        var samples = SampleChecks.Draw(new Bernoulli(p), Seed, 10_000);
        Assert.All(samples, x => Assert.Equal(outcome, x));
    }

    [Fact]
    public void Empirical_samples_follow_the_normalised_weights_and_never_give_a_zero_weight_value()
    {
        // 1 is listed twice (weights 2 and 0.5); 5 has weight 0. Probabilities: 1 → 0.5, 2 → 0.2, 3 → 0.2, 7 → 0.1.
        var distribution = new DiscreteEmpirical([3, 1, 2, 5, 1, 7], [1, 2, 1, 0, 0.5, 0.5]);
        double[] support = [1, 2, 3, 7];
        double[] probabilities = [0.5, 0.2, 0.2, 0.1];
        var samples = SampleChecks.Draw(distribution, Seed);

        var observed = support.Select(v => (long)samples.Count(x => x == v)).ToArray();
        Assert.Equal(samples.Length, observed.Sum());
        SampleChecks.ChiSquareAccepts(observed, probabilities);

        var mean = support.Zip(probabilities, (v, q) => v * q).Sum();
        var variance = support.Zip(probabilities, (v, q) => q * Math.Pow(v - mean, 2)).Sum();
        var fourth = support.Zip(probabilities, (v, q) => q * Math.Pow(v - mean, 4)).Sum();
        SampleChecks.MeanMatches(samples, mean, variance);
        SampleChecks.VarianceMatches(samples, variance, fourth);
    }

    [Fact]
    public void Empirical_with_one_positive_weight_always_gives_that_value()
    {
        var samples = SampleChecks.Draw(new DiscreteEmpirical([4, 9, 12], [0, 3, 0]), Seed, 10_000);
        Assert.All(samples, x => Assert.Equal(9, x));
    }

    [Fact]
    public void Constant_always_gives_its_value_and_draws_nothing_from_the_stream()
    {
        var used = new RandomStream(5);
        var untouched = new RandomStream(5);
        var distribution = new Constant(6);
        for (var i = 0; i < 100; i++)
        {
            Assert.Equal(6, distribution.Sample(used));
        }
        Assert.Equal(untouched.NextUInt64(), used.NextUInt64());
    }
}
