using Shortfall.Monitoring;
using Shortfall.Randomness;

namespace Shortfall.Tests.Monitoring;

public sealed class SampleStatisticsTests
{
    private static SampleStatistics Of(params double[] values)
    {
        var statistics = new SampleStatistics();
        foreach (var value in values)
        {
            statistics.Add(value);
        }
        return statistics;
    }

    [Fact]
    public void Hand_computed_values_for_a_small_sample()
    {
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squared deviations sum to 32, so variance 32/7.
        var statistics = Of(2, 4, 4, 4, 5, 5, 7, 9);
        Assert.Equal(8, statistics.Count);
        Assert.Equal(40, statistics.Sum);
        Assert.Equal(5, statistics.Mean, 1e-15);
        Assert.Equal(32.0 / 7, statistics.Variance, 1e-14);
        Assert.Equal(Math.Sqrt(32.0 / 7), statistics.StandardDeviation, 1e-14);
        Assert.Equal(2, statistics.Minimum);
        Assert.Equal(9, statistics.Maximum);
    }

    [Fact]
    public void An_empty_set_has_no_mean_extremes_or_variance()
    {
        var statistics = new SampleStatistics();
        Assert.Equal(0, statistics.Count);
        Assert.Equal(0, statistics.Sum);
        Assert.True(double.IsNaN(statistics.Mean));
        Assert.True(double.IsNaN(statistics.Variance));
        Assert.True(double.IsNaN(statistics.Minimum));
        Assert.True(double.IsNaN(statistics.Maximum));
    }

    [Fact]
    public void One_observation_gives_a_mean_and_extremes_but_no_variance()
    {
        var statistics = Of(-3.5);
        Assert.Equal(-3.5, statistics.Mean);
        Assert.Equal(-3.5, statistics.Minimum);
        Assert.Equal(-3.5, statistics.Maximum);
        Assert.True(double.IsNaN(statistics.Variance));
    }

    [Fact]
    public void Variance_stays_accurate_for_large_values_with_small_spread()
    {
        // The naive Σx² − n·mean² loses every digit here; Welford keeps them.
        var statistics = Of(1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16);
        Assert.Equal(30, statistics.Variance, 1e-6);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Adding_a_value_that_is_not_finite_throws(double value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SampleStatistics().Add(value));
    }

    [Theory]
    [InlineData(0, 1000)]
    [InlineData(1, 999)]
    [InlineData(500, 500)]
    [InlineData(999, 1)]
    [InlineData(1000, 0)]
    public void Merging_two_parts_equals_adding_every_value_to_one(int firstPart, int secondPart)
    {
        var random = new RandomStream(11);
        var distribution = new LogNormal(50, 20);
        var all = new SampleStatistics();
        var first = new SampleStatistics();
        var second = new SampleStatistics();
        for (var i = 0; i < firstPart + secondPart; i++)
        {
            var x = distribution.Sample(random);
            all.Add(x);
            (i < firstPart ? first : second).Add(x);
        }
        first.Merge(second);

        Assert.Equal(all.Count, first.Count);
        Assert.Equal(all.Sum, first.Sum, 1e-12 * Math.Abs(all.Sum));
        Assert.Equal(all.Mean, first.Mean, 1e-12 * Math.Abs(all.Mean));
        Assert.Equal(all.Variance, first.Variance, 1e-12 * all.Variance);
        Assert.Equal(all.Minimum, first.Minimum);
        Assert.Equal(all.Maximum, first.Maximum);
    }

    [Fact]
    public void Merging_leaves_the_other_set_unchanged()
    {
        var target = Of(1, 2);
        var other = Of(10, 20, 30);
        target.Merge(other);
        Assert.Equal(3, other.Count);
        Assert.Equal(20, other.Mean);
        Assert.Equal(100, other.Variance, 1e-12);
    }

    [Fact]
    public void Merging_a_set_into_itself_counts_each_observation_twice()
    {
        var statistics = Of(1, 2, 3);
        statistics.Merge(statistics);
        var twice = Of(1, 2, 3, 1, 2, 3);
        Assert.Equal(6, statistics.Count);
        Assert.Equal(twice.Mean, statistics.Mean, 1e-15);
        Assert.Equal(twice.Variance, statistics.Variance, 1e-14);
    }

    [Fact]
    public void Adding_allocates_nothing()
    {
        var statistics = new SampleStatistics();
        statistics.Add(1);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++)
        {
            statistics.Add(i);
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
