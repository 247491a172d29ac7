using Shortfall.Analysis.Sensitivity;

namespace Shortfall.Tests.Analysis.Sensitivity;

public class SweepDesignTests
{
    private static readonly SweepParameter[] Inputs =
    [
        SweepParameter.Parse("power.capacity=10 kW:50 kW:5"),
        SweepParameter.Parse("carriers.truck.count=1:3"),
        SweepParameter.Parse("materials.soybeans.opening_stock=0.5 t:2 t"),
    ];

    [Fact]
    public void One_at_a_time_varies_exactly_one_input_per_point_after_the_baseline()
    {
        var points = SweepDesign.OneAtATime(Inputs);
        Assert.Equal(1 + 5 + 3 + 5, points.Count);
        Assert.True(points[0].IsBaseline);
        Assert.All(points.Skip(1), p => Assert.Single(p.Values, v => v is not null));
        Assert.Equal([10.0, 20, 30, 40, 50], points.Where(p => p.Values[0] is not null).Select(p => p.Values[0]!.Value));
        Assert.Equal(Enumerable.Range(0, points.Count), points.Select(p => p.Index));
    }

    [Fact]
    public void A_latin_hypercube_uses_every_stratum_of_every_continuous_input_exactly_once()
    {
        const int n = 16;
        var points = SweepDesign.LatinHypercube(Inputs, n, seed: 9);
        Assert.Equal(n + 1, points.Count);
        Assert.True(points[0].IsBaseline);
        foreach (var p in new[] { 0, 2 })
        {
            var strata = points.Skip(1).Select(x => (int)Math.Floor((x.Values[p]!.Value - Inputs[p].Low) / (Inputs[p].High - Inputs[p].Low) * n));
            Assert.Equal(Enumerable.Range(0, n), strata.Order());
        }
        Assert.All(points.Skip(1), x => Assert.Contains(x.Values[1]!.Value, new[] { 1.0, 2.0, 3.0 }));
    }

    [Fact]
    public void A_latin_hypercube_depends_only_on_its_seed()
    {
        var a = SweepDesign.LatinHypercube(Inputs, 10, seed: 4);
        var b = SweepDesign.LatinHypercube(Inputs, 10, seed: 4);
        var c = SweepDesign.LatinHypercube(Inputs, 10, seed: 5);
        Assert.Equal(a.SelectMany(p => p.Values), b.SelectMany(p => p.Values));
        Assert.NotEqual(a.SelectMany(p => p.Values), c.SelectMany(p => p.Values));
    }
}
