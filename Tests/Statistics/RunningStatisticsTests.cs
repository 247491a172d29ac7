using Shortfall.Analysis.Statistics;
using static Shortfall.Tests.Statistics.Samples;

namespace Shortfall.Tests.Statistics;

public class RunningStatisticsTests
{
    [Fact]
    public void It_agrees_with_the_two_pass_formulas()
    {
        var values = Skewed(1, 5000);
        var statistics = Accumulate(values);
        var mean = values.Sum() / values.Length;
        var variance = values.Sum(x => (x - mean) * (x - mean)) / (values.Length - 1);
        Assert.Equal(values.Length, statistics.Count);
        Assert.Equal(mean, statistics.Mean, 1e-12 * mean);
        Assert.Equal(variance, statistics.Variance, 1e-12 * variance);
        Assert.Equal(Math.Sqrt(variance), statistics.StandardDeviation, 1e-12 * Math.Sqrt(variance));
        Assert.Equal(values.Min(), statistics.Minimum);
        Assert.Equal(values.Max(), statistics.Maximum);
    }

    [Fact]
    public void A_constant_stream_has_exactly_that_mean_and_zero_spread()
    {
        var statistics = Accumulate(Enumerable.Repeat(0.1, 1000));
        Assert.Equal(0.1, statistics.Mean);
        Assert.Equal(0.0, statistics.Variance);
    }

    [Fact]
    public void The_same_values_in_the_same_order_give_the_same_bits()
    {
        var a = Accumulate(Skewed(2, 1000));
        var b = Accumulate(Skewed(2, 1000));
        Assert.Equal(a.Mean, b.Mean);
        Assert.Equal(a.SumOfSquaredDeviations, b.SumOfSquaredDeviations);
    }

    [Fact]
    public void A_single_value_has_a_mean_and_no_interval()
    {
        var statistics = Accumulate([7.0]);
        Assert.Equal(7.0, statistics.Mean);
        Assert.Equal(0.0, statistics.SumOfSquaredDeviations);
        Assert.Throws<InvalidOperationException>(() => statistics.Variance);
        Assert.Null(statistics.EstimateMean().HalfWidth);
    }

    [Fact]
    public void An_empty_accumulator_refuses_to_report()
    {
        var statistics = new RunningStatistics();
        Assert.Equal(0, statistics.Count);
        Assert.Throws<InvalidOperationException>(() => statistics.Mean);
        Assert.Throws<InvalidOperationException>(() => statistics.Minimum);
        Assert.Throws<InvalidOperationException>(() => statistics.Maximum);
        Assert.Throws<InvalidOperationException>(() => statistics.EstimateMean());
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Values_that_are_not_finite_are_rejected(double value)
    {
        var statistics = new RunningStatistics();
        Assert.Throws<ArgumentOutOfRangeException>(() => statistics.Add(value));
        Assert.Equal(0, statistics.Count);
    }
}
