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

    [Fact]
    public void Adding_allocates_nothing()
    {
        var statistics = new SampleStatistics();
        statistics.Add(1);
        Assert.Equal(0, Allocations.During(() =>
        {
            for (var i = 0; i < 10_000; i++)
            {
                statistics.Add(i);
            }
        }));
    }
}
