namespace Shortfall.Tests.Randomness;

public sealed class ContinuousSamplingTests
{
    private const ulong Seed = 20261123;

    public static TheoryData<string> Cases => ContinuousCases.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_sample_mean_is_within_four_standard_errors_of_the_exact_mean(string name)
    {
        var distribution = ContinuousCases.All[name].Distribution;
        var samples = SampleChecks.Draw(distribution, Seed);
        SampleChecks.MeanMatches(samples, distribution.Mean, distribution.Variance);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_sample_variance_is_within_four_standard_errors_of_the_exact_variance(string name)
    {
        var (distribution, fourthMoment) = ContinuousCases.All[name];
        var samples = SampleChecks.Draw(distribution, Seed);
        SampleChecks.VarianceMatches(samples, distribution.Variance, fourthMoment);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_samples_pass_a_Kolmogorov_Smirnov_test_against_the_exact_cdf(string name)
    {
        var distribution = ContinuousCases.All[name].Distribution;
        var samples = SampleChecks.Draw(distribution, Seed);
        SampleChecks.KolmogorovSmirnovAccepts(samples, distribution.Cdf);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void No_sample_falls_below_the_minimum(string name)
    {
        var distribution = ContinuousCases.All[name].Distribution;
        var samples = SampleChecks.Draw(distribution, Seed);
        Assert.All(samples, x => Assert.True(x >= distribution.Minimum, $"{x} < {distribution.Minimum}"));
    }
}
