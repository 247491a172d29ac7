using Shortfall.Analysis.Running;
using Shortfall.Analysis.Sensitivity;

namespace Shortfall.Tests.Analysis.Sensitivity;

public class SensitivityRankingTests
{
    // Input 0 sets the fake plant's delivery probability; input 1 changes nothing.
    private static readonly SweepParameter[] Inputs = [SweepParameter.Parse("p=0.1:0.6"), SweepParameter.Parse("noise=0.0:1.0")];

    private static SweepOutcome Sweep(SweepMode mode, IReadOnlyList<SweepPoint> points)
    {
        var plant = new FakePlant(0.3);
        var variants = points.Select(x => (plant with { DeliveryProbability = x.Values[0] ?? 0.3 }).Variant(x.Name, Runs.Seed)).ToArray();
        var run = Runs.InMemory(new RunPlan(variants, new FixedReplications(20), 2));
        return new SweepOutcome(mode, Inputs, points, run, SensitivityRanking.Rank(mode, Inputs, points, run));
    }

    [Fact]
    public void One_at_a_time_an_input_that_changes_nothing_has_exactly_zero_effect_and_ranks_last()
    {
        var sweep = Sweep(SweepMode.OneAtATime, SweepDesign.OneAtATime(Inputs));
        var (p, noise) = (sweep.Effects[0], sweep.Effects[1]);
        Assert.Equal((1, 2), (p.Rank, noise.Rank));
        Assert.Equal(0.0, noise.Effect);
        Assert.Equal((0.0, 0.0), (noise.LowEffect, noise.HighEffect));
        // 20 days a month: the mean moves by about 20 × (0.6 − 0.1) = 10 deliveries over the range.
        Assert.InRange(p.Effect, 9.0, 11.0);
        Assert.True(p.LowEffect < 0 && p.HighEffect > 0);
        Assert.Equal(p.HighEffect!.Value - p.LowEffect!.Value, p.Effect, 12);
    }

    [Fact]
    public void In_a_latin_hypercube_the_input_that_drives_the_mean_gets_the_largest_coefficient()
    {
        var sweep = Sweep(SweepMode.LatinHypercube, SweepDesign.LatinHypercube(Inputs, 12, seed: 3));
        var (p, noise) = (sweep.Effects[0], sweep.Effects[1]);
        Assert.Equal((1, 2), (p.Rank, noise.Rank));
        Assert.True(p.StandardizedCoefficient > 0.95);
        Assert.True(p.Spearman > 0.95);
        Assert.Equal(Math.Abs(noise.StandardizedCoefficient!.Value), noise.Effect);
    }
}
