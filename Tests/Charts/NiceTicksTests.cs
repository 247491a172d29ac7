using Shortfall.Analysis.Charts;

namespace Shortfall.Tests.Charts;

public class NiceTicksTests
{
    [Fact]
    public void Zero_to_23_is_covered_by_ticks_every_5_up_to_25()
    {
        var domain = NiceTicks.Covering(0, 23);

        Assert.Equal([0, 5, 10, 15, 20, 25], domain.Ticks);
        Assert.Equal((0.0, 25.0, 5.0), (domain.Min, domain.Max, domain.Step));
    }

    [Fact]
    public void From_013_to_087_is_covered_from_0_to_1_by_exact_steps_of_02()
    {
        var domain = NiceTicks.Covering(0.13, 0.87);

        // Exact equality: 0.6 must be the double nearest 0.6, not 3 × 0.2 = 0.6000000000000001.
        Assert.Equal([0, 0.2, 0.4, 0.6, 0.8, 1], domain.Ticks);
        Assert.Equal((0.0, 1.0), (domain.Min, domain.Max));
    }

    [Fact]
    public void Within_013_to_087_keeps_the_domain_and_ticks_02_to_08()
    {
        var domain = NiceTicks.Within(0.13, 0.87);

        Assert.Equal([0.2, 0.4, 0.6, 0.8], domain.Ticks);
        Assert.Equal((0.13, 0.87), (domain.Min, domain.Max));
    }

    [Fact]
    public void A_domain_below_zero_is_covered_by_whole_steps()
    {
        // Raw step 10 / 4 = 2.5, whose mantissa 2.5 < 3 rounds to 2.
        Assert.Equal([-8, -6, -4, -2, 0, 2, 4], NiceTicks.Covering(-7, 3).Ticks);
    }

    [Theory]
    [InlineData(1.0, 1.0)]
    [InlineData(1.49, 1.0)]
    [InlineData(1.5, 2.0)]
    [InlineData(2.99, 2.0)]
    [InlineData(3.0, 5.0)]
    [InlineData(6.99, 5.0)]
    [InlineData(7.0, 10.0)]
    [InlineData(0.0575, 0.05)]
    [InlineData(4200, 5000)]
    public void Steps_round_to_1_2_5_or_10_by_heckberts_thresholds(double raw, double nice)
    {
        Assert.Equal(nice, NiceTicks.RoundNice(raw), 12);
    }

    [Fact]
    public void A_minimum_step_of_one_keeps_integer_axes_on_integers()
    {
        Assert.Equal([0, 0.5, 1, 1.5, 2], NiceTicks.Covering(0, 2).Ticks);
        Assert.Equal([0, 1, 2], NiceTicks.Covering(0, 2, minimumStep: 1).Ticks);
    }

    [Fact]
    public void Equal_bounds_are_widened_by_the_power_of_ten_below_the_value()
    {
        // 24 ± 10 = [14, 34], raw step 5, covered from 10 to 35.
        var domain = NiceTicks.Covering(24, 24);

        Assert.Equal((10.0, 35.0), (domain.Min, domain.Max));
        Assert.Equal([10, 15, 20, 25, 30, 35], domain.Ticks);
    }

    [Fact]
    public void Zero_to_zero_is_widened_to_minus_one_to_one()
    {
        var domain = NiceTicks.Within(0, 0);

        Assert.Equal((-1.0, 1.0), (domain.Min, domain.Max));
        Assert.Equal([-1, -0.5, 0, 0.5, 1], domain.Ticks);
    }

    [Theory]
    [InlineData(double.NaN, 1, 5)]
    [InlineData(0, double.PositiveInfinity, 5)]
    [InlineData(2, 1, 5)]
    [InlineData(0, 1, 2)]
    public void Bad_intervals_and_counts_are_rejected(double min, double max, int count)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NiceTicks.Covering(min, max, count));
    }

    [Theory]
    [InlineData(0, 1, 0.6, "0.6")]
    [InlineData(0, 23, 10, "10")]
    [InlineData(0, 2000, 1500, "1,500")]
    [InlineData(-1, 1, -0.0, "0.0")]
    [InlineData(-1, 1, -1, "-1.0")]
    [InlineData(0, 0.04, 0.03, "0.03")]
    public void Tick_labels_show_exactly_the_decimals_the_step_needs(double min, double max, double value, string label)
    {
        Assert.Equal(label, NiceTicks.Covering(min, max).Label(value));
    }
}
