using MathNet.Numerics.Statistics;
using Shortfall.Analysis.Charts;
using Shortfall.Randomness;

namespace Shortfall.Tests.Charts;

/// <summary>A sample held as counts of distinct values answers exactly as the observations sorted one by one.</summary>
public class SampleTests
{
    [Theory]
    [InlineData(1UL, 1)]
    [InlineData(2UL, 2)]
    [InlineData(3UL, 101)]
    [InlineData(4UL, 5000)]
    public void Type_7_quantiles_from_counts_are_the_doubles_of_the_sorted_observations(ulong seed, int count)
    {
        // Few distinct values, so that ties and interpolation across them both occur, as with replication means.
        var random = new RandomStream(seed);
        var values = Enumerable.Range(0, count).Select(_ => Math.Floor(random.NextDouble() * 40) / 7).ToArray();
        var sorted = values.Order().ToArray();
        var sample = Sample.Of(values);

        Assert.Equal(count, sample.Count);
        foreach (var p in new[] { 0, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 1 })
        {
            Assert.Equal(SortedArrayStatistics.QuantileCustom(sorted, p, QuantileDefinition.R7), Quantiles.Of(sample, p));
        }
        Assert.Equal(sorted, sample);
        Assert.Equal(sorted[count / 2], sample.At(count / 2));
    }

    [Fact]
    public void Counts_given_in_any_order_and_twice_are_summed_and_sorted()
    {
        var sample = Sample.FromCounts([new(3, 2), new(1, 1), new(3, 1), new(2, 0)]);

        Assert.Equal([1.0, 3], sample.Values);
        Assert.Equal([1.0, 3, 3, 3], sample);
        Assert.Equal((4L, 3L, 1L), (sample.Count, sample.CountAtLeast(2), sample.CountOf(0)));
        Assert.Equal(2.5, sample.Mean);
    }

    [Fact]
    public void A_negative_count_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Sample.FromCounts([new(1, -1)]));
}
