using Shortfall.Analysis.Running;

namespace Shortfall.Tests.Analysis.Running;

public class PairedComparisonTests
{
    [Fact]
    public void A_variant_identical_to_the_baseline_differs_from_it_by_exactly_zero()
    {
        var plant = new FakePlant(0.3);
        var outcome = Runs.InMemory(Runs.Plan(new FixedReplications(40), 2,
            plant.Variant("baseline", Runs.Seed), plant.Variant("same again", Runs.Seed, cost: 1000)));
        var difference = outcome.Variants[1].Difference!;
        Assert.Equal(0.0, difference.Mean);
        Assert.Equal(0.0, difference.CiLow);
        Assert.Equal(0.0, difference.CiHigh);
        Assert.Equal(0.0, outcome.Variants[1].EffectPerCost!.EffectPerUnitCost);
        Assert.Equal(outcome.Variants[0].Headline, outcome.Variants[1].Headline);
    }

    [Fact]
    public void The_baseline_has_no_difference_from_itself_and_no_effect_per_cost()
    {
        var plant = new FakePlant(0.3);
        var outcome = Runs.InMemory(Runs.Plan(new FixedReplications(5), 1, plant.Variant("baseline", Runs.Seed, cost: 10)));
        Assert.Null(outcome.Variants[0].Difference);
        Assert.Null(outcome.Variants[0].EffectPerCost);
    }

    [Fact]
    public void The_difference_is_the_mean_of_the_per_replication_differences_and_the_effect_per_cost_divides_it()
    {
        var plant = new FakePlant(0.3);
        var better = plant with { DeliveryProbability = 0.5 };
        const int n = 30;
        var outcome = Runs.InMemory(Runs.Plan(new FixedReplications(n), 2,
            plant.Variant("baseline", Runs.Seed), better.Variant("more power", Runs.Seed, cost: 4.0)));

        static double Mean(FakePlant p, long k)
        {
            var r = p.Replicate(Runs.Seed, k);
            return r.DestinationMonths.Sum(m => (double)m.Deliveries) / r.DestinationMonths.Count;
        }
        var differences = Enumerable.Range(0, n).Select(k => Mean(better, k) - Mean(plant, k)).ToArray();
        var difference = outcome.Variants[1].Difference!;
        Assert.Equal(differences.Average(), difference.Mean, 12);
        // Common random numbers: the better plant delivers on a superset of days in every replication.
        Assert.All(differences, d => Assert.True(d > 0));
        Assert.True(difference.CiLow > 0);
        Assert.Equal(difference.Mean / 4.0, outcome.Variants[1].EffectPerCost!.EffectPerUnitCost!.Value, 15);
    }
}
