using Shortfall.Analysis.Charts;

namespace Shortfall.Tests.Charts;

public class BoxSummaryTests
{
    private static readonly double[] ZeroToHundred = Enumerable.Range(0, 101).Select(i => (double)i).Reverse().ToArray();

    [Fact]
    public void Percentile_whiskers_and_quartiles_of_0_to_100_fall_on_the_integers_named()
    {
        // Type 7: the p quantile of 0..100 is 100p exactly.
        var s = BoxSummary.Of(Sample.Of(ZeroToHundred), WhiskerRule.Percentile5To95);

        Assert.Equal((5.0, 25.0, 50.0, 75.0, 95.0), (s.WhiskerLow, s.Q1, s.Median, s.Q3, s.WhiskerHigh));
        Assert.Empty(s.Outliers);
    }

    [Fact]
    public void Type_7_quantiles_interpolate_between_order_statistics()
    {
        // Four values: Q1 sits at position 0.75 between 1 and 2, the median halfway between 2 and 3.
        var s = BoxSummary.Of([4, 1, 3, 2], WhiskerRule.Percentile5To95);

        Assert.Equal((1.75, 2.5, 3.25), (s.Q1, s.Median, s.Q3));
        Assert.Equal(1.15, s.WhiskerLow, 12);
    }

    [Fact]
    public void Tukey_whiskers_stop_at_the_furthest_data_within_one_and_a_half_iqr_and_the_rest_are_outliers()
    {
        // Q1 = 1.25 and Q3 = 3.75, so the fences are -2.5 and 7.5.
        var s = BoxSummary.Of([100, 1, 2, 3, 4, -5], WhiskerRule.Tukey);

        Assert.Equal((1.25, 3.75), (s.Q1, s.Q3));
        Assert.Equal((1.0, 4.0), (s.WhiskerLow, s.WhiskerHigh));
        Assert.Equal([-5, 100], s.Outliers);
    }

    [Fact]
    public void An_empty_sample_has_no_box()
    {
        Assert.Throws<ArgumentException>(() => BoxSummary.Of([], WhiskerRule.Tukey));
    }
}
