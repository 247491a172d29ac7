using System.Text.Json;
using Shortfall.Analysis.Statistics;

namespace Shortfall.Tests.Statistics;

public class MeanEstimateTests
{
    [Fact]
    public void Ten_observations_give_the_hand_computed_interval_with_t_0975_9_of_2_262157()
    {
        // 2 4 4 4 5 5 7 9 3 7: mean 5, squared deviations sum to 40, s² = 40/9, s/√n = 2/3.
        var statistics = new RunningStatistics();
        foreach (var x in new double[] { 2, 4, 4, 4, 5, 5, 7, 9, 3, 7 })
        {
            statistics.Add(x);
        }

        var estimate = statistics.EstimateMean();
        Assert.Equal(10, estimate.N);
        Assert.Equal(5.0, estimate.Mean, 1e-14);
        Assert.Equal(2.262157 * 2.0 / 3.0, estimate.HalfWidth!.Value, 1e-6);
        Assert.Equal(5.0 - 2.262157 * 2.0 / 3.0, estimate.CiLow!.Value, 1e-6);
        Assert.Equal(5.0 + 2.262157 * 2.0 / 3.0, estimate.CiHigh!.Value, 1e-6);
        Assert.Equal(0.95, estimate.Level);
    }

    [Theory]
    // Published two-sided t critical values: t(0.975, n − 1) and t(0.995, n − 1).
    [InlineData(2, 0.95, 12.706205)]
    [InlineData(5, 0.95, 2.776445)]
    [InlineData(31, 0.95, 2.042272)]
    [InlineData(121, 0.95, 1.979930)]
    [InlineData(10, 0.99, 3.249836)]
    public void The_half_width_is_the_t_quantile_times_the_standard_error(long n, double level, double t)
    {
        // A variance of n makes the standard error 1, so the half-width is the quantile itself.
        var estimate = MeanEstimate.FromMoments(n, 0.0, n, level);
        Assert.Equal(t, estimate.HalfWidth!.Value, 1e-6);
    }

    [Fact]
    public void A_single_observation_has_a_mean_but_no_interval()
    {
        var estimate = MeanEstimate.FromMoments(1, 4.5, 0.0);
        Assert.Equal(4.5, estimate.Mean);
        Assert.Null(estimate.CiLow);
        Assert.Null(estimate.CiHigh);
        Assert.Null(estimate.HalfWidth);
    }

    [Fact]
    public void An_undefined_interval_serialises_to_json_nulls()
    {
        // System.Text.Json refuses NaN by default, which is why the bounds are nullable instead.
        var json = JsonSerializer.Serialize(MeanEstimate.FromMoments(1, 4.5, 0.0));
        Assert.Contains("\"CiLow\":null", json);
        Assert.Contains("\"CiHigh\":null", json);
        Assert.Contains("\"HalfWidth\":null", json);
    }

    [Fact]
    public void Zero_variance_gives_an_interval_of_zero_width_at_the_mean()
    {
        var estimate = MeanEstimate.FromMoments(20, 3.25, 0.0);
        Assert.Equal(0.0, estimate.HalfWidth);
        Assert.Equal(3.25, estimate.CiLow);
        Assert.Equal(3.25, estimate.CiHigh);
    }

    [Theory]
    [InlineData(0, 1.0, 1.0, 0.95)]
    [InlineData(5, double.NaN, 1.0, 0.95)]
    [InlineData(5, 1.0, -1e-300, 0.95)]
    [InlineData(5, 1.0, double.PositiveInfinity, 0.95)]
    [InlineData(5, 1.0, 1.0, 1.0)]
    [InlineData(5, 1.0, 1.0, -0.5)]
    [InlineData(1, 1.0, 1.0, 2.0)]
    public void Bad_moments_and_levels_are_rejected(long n, double mean, double variance, double level)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MeanEstimate.FromMoments(n, mean, variance, level));
    }
}
