using MathNet.Numerics.Distributions;
using Shortfall.Analysis.Running;
using Shortfall.Analysis.Statistics;

namespace Shortfall.Tests.Analysis.Running;

public class PrecisionStoppingTests
{
    // Two deliveries a month out of 20 days: a noisy mean, so ±3% takes a few hundred replications.
    private static readonly FakePlant Plant = new(0.1, Destinations: 2, Months: 3, ScrambleMicroseconds: 100);

    private static double HeadlineOf(long k)
    {
        var r = Plant.Replicate(Runs.Seed, k);
        return r.DestinationMonths.Sum(m => (double)m.Deliveries) / r.DestinationMonths.Count;
    }

    // The first n ≥ minimum at which t(0.975, n − 1)·s/√n ≤ r·mean, computed directly.
    private static long FirstPreciseN(double r, long minimum)
    {
        var values = new List<double>();
        for (long k = 0; ; k++)
        {
            values.Add(HeadlineOf(k));
            var n = values.Count;
            if (n < minimum)
            {
                continue;
            }

            var mean = values.Average();
            var s = Math.Sqrt(values.Sum(x => (x - mean) * (x - mean)) / (n - 1));
            if (StudentT.InvCDF(0, 1, n - 1, 0.975) * s / Math.Sqrt(n) <= r * mean)
            {
                return n;
            }
        }
    }

    private static RunOutcome RunPrecise(int threads, double r, long minimum = 30, long maximum = 10_000, bool all = false, double proportions = 0.5,
        FakePlant? plant = null) =>
        Runs.InMemory(Runs.Plan(new PrecisionStopping(new PrecisionRule(minimum, r, proportions), all, maximum), threads,
            (plant ?? Plant).Variant("baseline", Runs.Seed)));

    [Fact]
    public void It_stops_at_the_first_replication_count_whose_interval_is_narrow_enough()
    {
        var expected = FirstPreciseN(0.03, 30);
        var outcome = RunPrecise(threads: 1, r: 0.03);
        Assert.True(outcome.StoppingRuleMet);
        Assert.Equal(expected, outcome.Replications);
        var estimate = outcome.Variants[0].Headline.Estimate;
        Assert.True(estimate.HalfWidth <= 0.03 * estimate.Mean);
        // The reference found an n well past the minimum, so the rule, not the minimum, stopped the run.
        Assert.InRange(expected, 100, 5000);
    }

    [Fact]
    public void It_stops_at_the_same_count_on_one_and_two_threads()
    {
        var one = RunPrecise(threads: 1, r: 0.04);
        var two = RunPrecise(threads: 2, r: 0.04);
        Assert.Equal(one.Replications, two.Replications);
        Assert.Equal(one.Variants[0].Headline, two.Variants[0].Headline);
    }

    [Fact]
    public void It_never_stops_before_the_minimum()
    {
        var outcome = RunPrecise(threads: 2, r: 10.0, minimum: 45);
        Assert.Equal(45, outcome.Replications);
        Assert.True(outcome.StoppingRuleMet);
    }

    [Fact]
    public void It_stops_at_the_maximum_and_says_the_rule_was_not_met()
    {
        var outcome = RunPrecise(threads: 2, r: 1e-6, maximum: 80);
        Assert.Equal(80, outcome.Replications);
        Assert.False(outcome.StoppingRuleMet);
    }

    [Fact]
    public void With_proportions_every_destination_probability_is_also_within_its_bonferroni_half_width()
    {
        // A target of 2 deliveries is met about 60% of the time, where a proportion is least precise.
        const double halfWidth = 0.02;
        var plant = Plant with { Target = 2 };
        var meanOnly = RunPrecise(threads: 2, r: 0.05, plant: plant);
        var all = RunPrecise(threads: 2, r: 0.05, all: true, proportions: halfWidth, plant: plant);
        Assert.True(all.StoppingRuleMet);
        Assert.True(all.Replications > meanOnly.Replications);
        // Two destinations: each interval at level 1 − 0.05/2.
        var level = 1 - 0.05 / 2;
        foreach (var destination in all.Variants[0].Destinations)
        {
            var met = destination.TargetMet;
            var critical = MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, all.Replications - 1, 1 - (1 - level) / 2);
            Assert.True(WilsonInterval.Create(met.Successes, met.Trials, met.EffectiveTrials, critical, level).HalfWidth <= halfWidth);
        }
    }
}
