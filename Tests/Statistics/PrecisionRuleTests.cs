using MathNet.Numerics.Distributions;
using Shortfall.Analysis.Statistics;
using static Shortfall.Tests.Statistics.Samples;

namespace Shortfall.Tests.Statistics;

public class PrecisionRuleTests
{
    // The first replication count at which the rule holds for the values fed in order.
    private static long FirstPrecise(PrecisionRule rule, IEnumerable<double> values)
    {
        var statistics = new RunningStatistics();
        foreach (var x in values)
        {
            statistics.Add(x);
            if (rule.IsMeanPrecise(statistics))
            {
                return statistics.Count;
            }
        }
        return -1;
    }

    private static IEnumerable<double> Alternating(int count) =>
        Enumerable.Range(0, count).Select(i => i % 2 == 0 ? 9.0 : 11.0);

    [Fact]
    public void Alternating_nines_and_elevens_first_reach_five_percent_at_nineteen_replications()
    {
        // n = 17: mean 169/17, half-width t(16)·√(1.0588/17) = 0.529 > 0.05·9.94;
        // n = 18: mean 10, half-width t(17)/√17 = 0.512 > 0.5;
        // n = 19: mean 189/19, half-width t(18)·√(1.0526/19) = 0.4945 ≤ 0.05·9.947 = 0.4974.
        var rule = new PrecisionRule(minimumReplications: 10, maximumRelativeHalfWidth: 0.05, maximumProportionHalfWidth: 0.1);
        Assert.Equal(19, FirstPrecise(rule, Alternating(100)));
    }

    [Fact]
    public void The_minimum_holds_the_run_even_when_the_interval_is_already_narrow_enough()
    {
        var rule = new PrecisionRule(minimumReplications: 25, maximumRelativeHalfWidth: 0.05, maximumProportionHalfWidth: 0.1);
        Assert.Equal(25, FirstPrecise(rule, Alternating(100)));
    }

    [Fact]
    public void On_random_data_it_holds_exactly_when_the_two_pass_half_width_condition_holds()
    {
        // 1 + exp(Z): mean 2.65, standard deviation 2.16, so ±10% needs about 255 replications.
        var rule = new PrecisionRule(minimumReplications: 5, maximumRelativeHalfWidth: 0.1, maximumProportionHalfWidth: 0.1);
        var values = Skewed(61, 400).Select(x => x - 999.0).ToArray();
        var statistics = new RunningStatistics();
        var precise = 0;
        for (var n = 1; n <= values.Length; n++)
        {
            statistics.Add(values[n - 1]);
            var expected = false;
            if (n >= 5)
            {
                var sample = values.Take(n).ToArray();
                var mean = sample.Average();
                var s = Math.Sqrt(sample.Sum(x => (x - mean) * (x - mean)) / (n - 1));
                var halfWidth = StudentT.InvCDF(0.0, 1.0, n - 1, 0.975) * s / Math.Sqrt(n);
                // Skip replication counts within rounding of the boundary, where either answer is right.
                if (Math.Abs(halfWidth - 0.1 * mean) < 1e-9)
                {
                    continue;
                }

                expected = halfWidth <= 0.1 * mean;
            }
            if (expected && !rule.IsMeanPrecise(statistics) || !expected && rule.IsMeanPrecise(statistics))
            {
                Assert.Fail($"At n = {n} the rule disagrees with the reference ({expected}).");
            }

            if (expected)
            {
                precise++;
            }
        }
        // Both answers occur, so the comparison tested something.
        Assert.InRange(precise, 1, values.Length - 5);
    }

    [Fact]
    public void A_mean_of_zero_is_precise_only_with_an_interval_of_zero_width()
    {
        var rule = new PrecisionRule(2, 0.5, 0.1);
        Assert.False(rule.IsMeanPrecise(Accumulate([-1.0, 1.0, -1.0, 1.0])));
        Assert.True(rule.IsMeanPrecise(Accumulate([0.0, 0.0])));
    }

    private static long FirstPreciseProportions(PrecisionRule rule, int proportions)
    {
        // k identical proportions of alternating success and failure, one trial per replication.
        var counts = Enumerable.Range(0, proportions).Select(_ => new ClusteredProportion()).ToArray();
        for (var n = 1; n <= 1000; n++)
        {
            foreach (var count in counts)
            {
                count.Add(n % 2, 1);
            }

            if (rule.AreProportionsPrecise(counts))
            {
                return n;
            }
        }
        return -1;
    }

    [Theory]
    // One trial per replication counts as n − 1 effective trials (ClusteredProportionTests), with
    // x = p̂(n − 1) and Student's t on n − 1 degrees of freedom the Wilson half-width
    // c·√(c² + 4x(n − 1 − x)/(n − 1)) / (2(n − 1 + c²)) first reaches 0.1 at n = 96 for
    // c = t(0.975; 95) = 1.98525 (0.09979; 0.10031 at 95), and at n = 142 for the Bonferroni
    // c = t(1 − 0.05/6; 141) = 2.42288 (0.09996; 0.10031 at 141).
    [InlineData(1, 96)]
    [InlineData(3, 142)]
    public void Proportions_stop_when_every_bonferroni_wilson_interval_is_narrow_enough(int proportions, long expected)
    {
        var rule = new PrecisionRule(minimumReplications: 10, maximumRelativeHalfWidth: 0.05, maximumProportionHalfWidth: 0.1);
        Assert.Equal(expected, FirstPreciseProportions(rule, proportions));
    }

    [Fact]
    public void One_imprecise_proportion_holds_back_the_others()
    {
        var rule = new PrecisionRule(2, 0.05, 0.1);
        var precise = Counted(successes: 1, trials: 1000);
        var imprecise = Counted(successes: 5, trials: 10);
        Assert.True(rule.AreProportionsPrecise([precise]));
        Assert.False(rule.AreProportionsPrecise([precise, imprecise]));
    }

    private static ClusteredProportion Counted(int successes, int trials)
    {
        var count = new ClusteredProportion();
        for (var i = 0; i < trials; i++)
        {
            count.Add(i < successes ? 1 : 0, 1);
        }

        return count;
    }

    [Fact]
    public void The_bonferroni_level_splits_the_error_rate_evenly()
    {
        var rule = new PrecisionRule(2, 0.05, 0.1, level: 0.95);
        Assert.Equal(0.95, rule.BonferroniLevel(1));
        Assert.Equal(1.0 - 0.05 / 4.0, rule.BonferroniLevel(4));
    }

    [Fact]
    public void Bad_rules_and_inputs_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PrecisionRule(1, 0.05, 0.1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PrecisionRule(2, 0.0, 0.1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PrecisionRule(2, double.PositiveInfinity, 0.1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PrecisionRule(2, 0.05, 0.6));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PrecisionRule(2, 0.05, 0.1, level: 1.0));
        Assert.Throws<ArgumentException>(() => new PrecisionRule(2, 0.05, 0.1).AreProportionsPrecise([]));
    }
}
