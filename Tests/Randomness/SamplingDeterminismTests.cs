using Shortfall.Randomness;

namespace Shortfall.Tests.Randomness;

public sealed class SamplingDeterminismTests
{
    public static TheoryData<string> Distributions => AllDistributions.Texts;

    [Theory]
    [MemberData(nameof(Distributions))]
    public void Two_streams_with_the_same_seed_give_the_same_samples(string text)
    {
        var distribution = AllDistributions.ByText[text];
        Assert.Equal(SampleChecks.Draw(distribution, 9, 1000), SampleChecks.Draw(distribution, 9, 1000));
    }

    [Theory]
    [MemberData(nameof(Distributions))]
    public void A_distribution_keeps_no_state_between_samples_so_interleaved_streams_each_get_their_own_sequence(string text)
    {
        var distribution = AllDistributions.ByText[text];
        var first = new RandomStream(1);
        var second = new RandomStream(2);
        var interleavedFirst = new double[1000];
        var interleavedSecond = new double[1000];
        for (var i = 0; i < 1000; i++)
        {
            interleavedFirst[i] = distribution.Sample(first);
            interleavedSecond[i] = distribution.Sample(second);
        }
        Assert.Equal(SampleChecks.Draw(distribution, 1, 1000), interleavedFirst);
        Assert.Equal(SampleChecks.Draw(distribution, 2, 1000), interleavedSecond);
    }

    [Theory]
    [MemberData(nameof(Distributions))]
    public void Sampling_allocates_nothing(string text)
    {
        var distribution = AllDistributions.ByText[text];
        var random = new RandomStream(3);
        var sum = 0.0;
        for (var i = 0; i < 1000; i++)
        {
            sum += distribution.Sample(random);
        }
        var allocated = Allocations.During(() =>
        {
            for (var i = 0; i < 100_000; i++)
            {
                sum += distribution.Sample(random);
            }
        });
        Assert.True(double.IsFinite(sum));
        Assert.Equal(0, allocated);
    }
}
