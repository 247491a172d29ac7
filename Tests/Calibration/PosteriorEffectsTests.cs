using Shortfall.Analysis.Calibration;

namespace Shortfall.Tests.Calibration;

/// <summary>Remedy effects over weighted parameter sets, on numbers whose answer is known by hand.</summary>
public sealed class PosteriorEffectsTests
{
    [Fact]
    public void Effects_are_weighted_means_of_each_sets_paired_differences_and_split_their_spread_by_the_law_of_total_variance()
    {
        // Two sets, weights 3:1. Remedy "a" adds 1 ± 1 on set 0 and 3 ± 1 on set 1; remedy "b" adds 2 exactly on both.
        double[][][] values =
        [
            [[10, 20], [10, 22], [12, 22]],
            [[5, 5], [7, 9], [7, 7]],
        ];
        var effects = PosteriorEffects.Of(["baseline", "a", "b"], [3, 1], values, 0.9);

        var a = effects[0];
        Assert.Equal(0.75 * 1 + 0.25 * 3, a.Mean, 12);
        var spread = 0.75 * Math.Pow(1 - 1.5, 2) + 0.25 * Math.Pow(3 - 1.5, 2);
        // Each set's two differences (0, 2) and (2, 4) have variance 2, so the variance of their mean is 1.
        Assert.Equal(1, a.MonteCarloVariance, 12);
        Assert.Equal(Math.Max(spread - 1, 0), a.ParameterVariance, 12);
        Assert.Equal(1, a.ProbabilityHelps, 12);
        Assert.Equal(0.25, a.ProbabilityBest, 12);
        Assert.Equal((1.0, 3.0), (a.Low, a.High));

        var b = effects[1];
        Assert.Equal(2, b.Mean, 12);
        Assert.Equal(0, b.MonteCarloVariance + b.ParameterVariance, 12);
        Assert.Equal(0.75, b.ProbabilityBest, 12);
    }

    [Fact]
    public void When_less_is_better_a_remedy_helps_where_it_lowers_the_mean_and_is_best_where_it_lowers_it_most()
    {
        // The same sets: "a" raises the metric by 1 on set 0 (weight 3) and 3 on set 1; "b" by 2 on both.
        double[][][] values =
        [
            [[10, 20], [10, 22], [12, 22]],
            [[5, 5], [7, 9], [7, 7]],
        ];
        var effects = PosteriorEffects.Of(["baseline", "a", "b"], [3, 1], values, 0.9, minimise: true);

        Assert.Equal(1.5, effects[0].Mean, 12);
        Assert.Equal((0.0, 0.0), (effects[0].ProbabilityHelps, effects[1].ProbabilityHelps));
        // The lesser rise is "a" on set 0 and "b" on set 1.
        Assert.Equal((0.75, 0.25), (effects[0].ProbabilityBest, effects[1].ProbabilityBest));
    }
}
