using Shortfall.Analysis.Statistics;
using Shortfall.Randomness;

namespace Shortfall.Tests.Statistics;

public class ClusteredProportionTests
{
    [Theory]
    [InlineData(10)]
    [InlineData(11)]
    [InlineData(200)]
    public void Clusters_of_one_trial_each_count_as_n_minus_one_independent_trials(int n)
    {
        // Σ(n·sᵢ − S)² = n(n² − 1)/4 or n³/4, which makes S(n − S)·n²·(n − 1)/(n·Σ) exactly n − 1.
        var proportion = new ClusteredProportion();
        for (var i = 0; i < n; i++)
        {
            proportion.Add(i % 2, 1);
        }

        Assert.Equal(n - 1, proportion.EffectiveTrials, 9);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(12)]
    [InlineData(30)]
    public void Clusters_whose_trials_all_agree_carry_the_information_of_one_trial_each(int size)
    {
        var proportion = new ClusteredProportion();
        for (var i = 0; i < 40; i++)
        {
            proportion.Add(i % 5 < 2 ? size : 0, size);
        }

        Assert.Equal(0.4, proportion.Successes / (double)proportion.Trials, 12);
        Assert.Equal(39, proportion.EffectiveTrials, 9);
        // The interval of 16 independent successes in 39 trials, with t on 39 degrees of freedom.
        var expected = WilsonInterval.Create(16 * size, 40 * size, 39, Critical(39), 0.95);
        var interval = proportion.Estimate();
        Assert.Equal(expected.CiLow, interval.CiLow, 12);
        Assert.Equal(expected.CiHigh, interval.CiHigh, 12);
    }

    [Fact]
    public void Clusters_that_all_show_the_same_proportion_have_no_between_cluster_variance_and_count_every_trial()
    {
        var proportion = new ClusteredProportion();
        for (var i = 0; i < 8; i++)
        {
            proportion.Add(3, 12);
        }

        Assert.Equal(96, proportion.EffectiveTrials);
    }

    [Fact]
    public void The_order_in_which_clusters_are_added_does_not_change_a_bit()
    {
        var random = new RandomStream(7);
        var clusters = Enumerable.Range(0, 500).Select(_ => { var t = random.NextInt(13); return (s: random.NextInt(t + 1), t: (long)t); }).ToArray();
        var forward = new ClusteredProportion();
        var backward = new ClusteredProportion();
        foreach (var (s, t) in clusters)
        {
            forward.Add(s, t);
        }

        foreach (var (s, t) in clusters.Reverse())
        {
            backward.Add(s, t);
        }

        Assert.Equal(forward.Estimate(), backward.Estimate());
    }

    [Fact]
    public void With_correlated_clusters_the_interval_covers_the_true_proportion_at_its_level_where_the_naive_one_does_not()
    {
        // 50 replications of 12 months; each replication has its own chance of success,
        // Beta(2, 3) with mean 0.4, as a year with a bad truck makes every month worse.
        // Coverage over 1000 data sets has a standard error of √(0.95·0.05/1000) = 0.0069.
        const int datasets = 1000, clusters = 50, size = 12;
        var random = new RandomStream(2026);
        var a = new Gamma(2, 1);
        var b = new Gamma(3, 1);
        int covered = 0, naiveCovered = 0;
        for (var k = 0; k < datasets; k++)
        {
            var proportion = new ClusteredProportion();
            for (var c = 0; c < clusters; c++)
            {
                var x = a.Sample(random);
                var p = x / (x + b.Sample(random));
                var successes = 0;
                for (var i = 0; i < size; i++)
                {
                    successes += random.NextDouble() < p ? 1 : 0;
                }

                proportion.Add(successes, size);
            }
            var clustered = proportion.Estimate();
            var naive = WilsonInterval.Create(proportion.Successes, proportion.Trials);
            covered += clustered.CiLow <= 0.4 && 0.4 <= clustered.CiHigh ? 1 : 0;
            naiveCovered += naive.CiLow <= 0.4 && 0.4 <= naive.CiHigh ? 1 : 0;
        }
        var tolerance = 4 * Math.Sqrt(0.95 * 0.05 / datasets);
        Assert.InRange(covered / (double)datasets, 0.95 - tolerance, 0.95 + tolerance);
        // The design effect here is 1 + (12 − 1)·ρ with ρ = 1/(2 + 3 + 1) = 1/6: about 2.8.
        Assert.True(naiveCovered / (double)datasets < 0.95 - tolerance, $"naive coverage {naiveCovered / (double)datasets}");
    }

    [Fact]
    public void A_proportion_without_trials_has_no_estimate()
    {
        var proportion = new ClusteredProportion();
        proportion.Add(0, 0);
        Assert.Throws<InvalidOperationException>(() => proportion.Estimate());
    }

    [Fact]
    public void A_cluster_with_more_successes_than_trials_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ClusteredProportion().Add(3, 2));
    }

    private static double Critical(int degreesOfFreedom) =>
        MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, degreesOfFreedom, 0.975);
}
