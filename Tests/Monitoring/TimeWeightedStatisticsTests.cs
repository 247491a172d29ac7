using Shortfall.Monitoring;

namespace Shortfall.Tests.Monitoring;

public sealed class TimeWeightedStatisticsTests
{
    [Fact]
    public void Level_zero_for_two_hours_then_three_for_one_hour_averages_one()
    {
        var level = new TimeWeightedStatistics(0, 0);
        level.Update(2, 3);
        Assert.Equal(3, level.Integral(3));
        Assert.Equal(1, level.Mean(3));
        // Time-average of (level − 1)²: (2·1 + 1·4) / 3 = 2.
        Assert.Equal(2, level.Variance(3), 1e-14);
        Assert.Equal(0, level.Minimum);
        Assert.Equal(3, level.Maximum);
        Assert.Equal(3, level.Current);
    }

    [Fact]
    public void The_level_in_force_counts_until_the_time_asked_about()
    {
        // A stock of 100 from t = 5, drawn to 40 at t = 7; asked at t = 10: area 200 + 120.
        var stock = new TimeWeightedStatistics(5, 100);
        stock.Update(7, 40);
        Assert.Equal(320, stock.Integral(10));
        Assert.Equal(64, stock.Mean(10));
        Assert.Equal(200, stock.Integral(7));
        Assert.Equal(100, stock.Mean(7));
        Assert.Equal(0, stock.Variance(7));
    }

    [Fact]
    public void A_queue_that_rises_and_falls_has_hand_computed_mean_and_variance()
    {
        // 0 on [0,1), 1 on [1,3), 2 on [3,4), 0 on [4,6): area 0 + 2 + 2 + 0 = 4 over 6 h.
        var queue = new TimeWeightedStatistics(0, 0);
        queue.Update(1, 1);
        queue.Update(3, 2);
        queue.Update(4, 0);
        var mean = 4.0 / 6;
        var variance = (1 * mean * mean + 2 * Math.Pow(1 - mean, 2) + 1 * Math.Pow(2 - mean, 2) + 2 * mean * mean) / 6;
        Assert.Equal(4, queue.Integral(6));
        Assert.Equal(mean, queue.Mean(6), 1e-15);
        Assert.Equal(variance, queue.Variance(6), 1e-14);
        Assert.Equal(2, queue.Maximum);
        Assert.Equal(0, queue.Current);
    }

    [Fact]
    public void A_level_set_and_replaced_at_the_same_time_counts_for_no_time_but_is_in_the_extremes()
    {
        var busy = new TimeWeightedStatistics(0, 1);
        busy.Update(2, 5);
        busy.Update(2, 2);
        Assert.Equal(1, busy.Mean(2));
        Assert.Equal(2 + 2 * 2, busy.Integral(4));
        Assert.Equal(5, busy.Maximum);
    }

    [Fact]
    public void A_level_that_never_changes_has_its_value_as_mean_and_no_variance()
    {
        var level = new TimeWeightedStatistics(0, 7.5);
        level.Update(3, 7.5);
        Assert.Equal(7.5, level.Mean(10));
        Assert.Equal(0, level.Variance(10));
    }

    [Fact]
    public void Variance_stays_accurate_for_a_large_level_with_small_swings()
    {
        // Alternating 1e9 ± 1 in equal stretches: variance exactly 1.
        var level = new TimeWeightedStatistics(0, 1e9 + 1);
        for (var hour = 1; hour < 100; hour++)
        {
            level.Update(hour, hour % 2 == 0 ? 1e9 + 1 : 1e9 - 1);
        }
        Assert.Equal(1, level.Variance(100), 1e-6);
    }

    [Fact]
    public void Time_going_backwards_throws()
    {
        var level = new TimeWeightedStatistics(0, 0);
        level.Update(5, 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => level.Update(4.999, 2));
        Assert.Equal(1, level.Current);
    }

    [Fact]
    public void Asking_about_a_time_before_the_last_change_throws()
    {
        var level = new TimeWeightedStatistics(0, 0);
        level.Update(5, 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => level.Integral(4));
        Assert.Throws<ArgumentOutOfRangeException>(() => level.Mean(4));
        Assert.Throws<ArgumentOutOfRangeException>(() => level.Variance(4));
    }

    [Fact]
    public void A_mean_over_no_time_throws()
    {
        var level = new TimeWeightedStatistics(3, 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => level.Mean(3));
        Assert.Throws<ArgumentOutOfRangeException>(() => level.Variance(3));
        Assert.Equal(0, level.Integral(3));
    }

    [Theory]
    [InlineData(double.NaN, 0)]
    [InlineData(double.PositiveInfinity, 0)]
    [InlineData(0, double.NaN)]
    public void Arguments_that_are_not_finite_throw(double time, double level)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TimeWeightedStatistics(time, level));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TimeWeightedStatistics(-1, 0).Update(time, level));
    }

    [Fact]
    public void Updating_allocates_nothing()
    {
        var level = new TimeWeightedStatistics(0, 0);
        level.Update(1, 1);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 2; i < 10_000; i++)
        {
            level.Update(i, i % 7);
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
