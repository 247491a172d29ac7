using Shortfall.Analysis.Statistics;
using Shortfall.Randomness;
using static Shortfall.Tests.Statistics.Samples;

namespace Shortfall.Tests.Statistics;

public class IntegerHistogramTests
{
    [Fact]
    public void Mean_and_variance_of_ten_values_are_the_hand_computed_fractions()
    {
        // Σx = 39, Σx² = 207: mean 39/10, variance (10·207 − 39²)/(10·9) = 549/90 = 6.1.
        var histogram = Histogram([3, 1, 4, 1, 5, 9, 2, 6, 5, 3]);
        Assert.Equal(10, histogram.Count);
        Assert.Equal(3.9, histogram.Mean);
        Assert.Equal(6.1, histogram.Variance);
        Assert.Equal(1, histogram.Minimum);
        Assert.Equal(9, histogram.Maximum);
    }

    [Fact]
    public void Mean_and_variance_agree_with_running_statistics_on_random_data()
    {
        var random = new RandomStream(11);
        var values = Enumerable.Range(0, 20_000).Select(_ => random.NextInt(30)).ToArray();
        var histogram = Histogram(values);
        var running = Samples.Accumulate(values.Select(v => (double)v));
        Assert.Equal(running.Mean, histogram.Mean, 1e-12 * running.Mean);
        Assert.Equal(running.Variance, histogram.Variance, 1e-12 * running.Variance);
    }

    [Fact]
    public void Counts_of_values_and_of_values_at_least_a_threshold_are_exact()
    {
        var histogram = Histogram([0, 0, 2, 2, 2, 7]);
        Assert.Equal(2, histogram.CountOf(0));
        Assert.Equal(0, histogram.CountOf(1));
        Assert.Equal(3, histogram.CountOf(2));
        Assert.Equal(0, histogram.CountOf(1000));
        Assert.Equal(6, histogram.CountAtLeast(0));
        Assert.Equal(4, histogram.CountAtLeast(1));
        Assert.Equal(1, histogram.CountAtLeast(3));
        Assert.Equal(0, histogram.CountAtLeast(8));
    }

    [Fact]
    public void Values_far_beyond_the_first_allocation_are_counted()
    {
        var histogram = Histogram([IntegerHistogram.MaxValue, 3]);
        Assert.Equal(1, histogram.CountOf(IntegerHistogram.MaxValue));
        Assert.Equal((IntegerHistogram.MaxValue + 3) / 2.0, histogram.Mean);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(IntegerHistogram.MaxValue + 1)]
    public void Values_outside_the_accepted_range_are_rejected(int value)
    {
        var histogram = new IntegerHistogram();
        Assert.Throws<ArgumentOutOfRangeException>(() => histogram.Add(value));
        Assert.Equal(0, histogram.Count);
    }

    [Fact]
    public void An_empty_histogram_refuses_to_report_moments()
    {
        var histogram = new IntegerHistogram();
        Assert.Throws<InvalidOperationException>(() => histogram.Mean);
        Assert.Throws<InvalidOperationException>(() => histogram.Minimum);
        Assert.Throws<InvalidOperationException>(() => Histogram([2]).Variance);
    }

    [Fact]
    public void Bins_of_width_one_run_from_minimum_to_maximum_including_empty_values()
    {
        Assert.Equal(
            [new(2, 2, 2), new(3, 3, 0), new(4, 4, 0), new(5, 5, 1)],
            Histogram([2, 5, 2]).Bins());
    }

    [Fact]
    public void Wider_bins_are_aligned_on_multiples_of_the_width()
    {
        // Width 3: [3, 5] holds 4 and 5, [6, 8] nothing, [9, 11] holds 10.
        Assert.Equal(
            [new(3, 5, 2), new(6, 8, 0), new(9, 11, 1)],
            Histogram([4, 5, 10]).Bins(3));
    }

    [Fact]
    public void Bins_hold_every_observation_and_an_empty_histogram_has_none()
    {
        var random = new RandomStream(12);
        var histogram = Histogram(Enumerable.Range(0, 1000).Select(_ => random.NextInt(50)));
        Assert.Equal(1000, histogram.Bins(7).Sum(b => b.Count));
        Assert.Empty(new IntegerHistogram().Bins());
        Assert.Throws<ArgumentOutOfRangeException>(() => histogram.Bins(0));
    }
}
