using Shortfall.Analysis.Statistics;
using static Shortfall.Tests.Statistics.Samples;

namespace Shortfall.Tests.Statistics;

public class PairedDifferenceTests
{
    [Fact]
    public void Equal_pairs_give_exactly_zero_difference_and_a_zero_width_interval()
    {
        var paired = new PairedDifference();
        foreach (var x in Skewed(41, 200))
        {
            paired.Add(baseline: x, variant: x);
        }

        var difference = paired.EstimateDifference();
        Assert.Equal(0.0, difference.Mean);
        Assert.Equal(0.0, difference.HalfWidth);
        Assert.Equal(0.0, difference.CiLow);
        Assert.Equal(0.0, difference.CiHigh);
    }

    [Fact]
    public void The_difference_is_variant_minus_baseline_with_the_hand_computed_interval()
    {
        // Differences 1 3 2 4 0: mean 2, squared deviations 1 + 1 + 0 + 4 + 4 = 10, s² = 2.5,
        // standard error √(2.5/5) = √0.5, t(0.975, 4) = 2.776445.
        var paired = new PairedDifference();
        double[] baseline = [10, 12, 9, 11, 8];
        double[] variant = [11, 15, 11, 15, 8];
        for (var i = 0; i < baseline.Length; i++)
        {
            paired.Add(baseline[i], variant[i]);
        }

        var difference = paired.EstimateDifference();
        Assert.Equal(5, paired.Count);
        Assert.Equal(2.0, difference.Mean, 1e-14);
        Assert.Equal(2.776445 * Math.Sqrt(0.5), difference.HalfWidth!.Value, 1e-6);
        Assert.Equal(10.0, paired.EstimateBaseline().Mean, 1e-14);
        Assert.Equal(12.0, paired.EstimateVariant().Mean, 1e-14);
    }

    [Fact]
    public void Pairing_removes_the_noise_both_runs_share()
    {
        // The variant is the baseline plus 0.5: each side varies, the difference does not.
        var paired = new PairedDifference();
        foreach (var x in Skewed(42, 100))
        {
            paired.Add(x, x + 0.5);
        }

        Assert.Equal(0.5, paired.EstimateDifference().Mean, 1e-12);
        Assert.True(paired.EstimateDifference().HalfWidth < 1e-9);
        Assert.True(paired.EstimateBaseline().HalfWidth > 0.1);
    }

    [Fact]
    public void A_pair_with_a_value_that_is_not_finite_is_rejected_whole()
    {
        var paired = new PairedDifference();
        Assert.Throws<ArgumentOutOfRangeException>(() => paired.Add(1.0, double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => paired.Add(double.PositiveInfinity, 1.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => paired.Add(-double.MaxValue, double.MaxValue));
        Assert.Equal(0, paired.Count);
        Assert.Throws<InvalidOperationException>(() => paired.EstimateBaseline());
    }
}
