using Shortfall.Analysis.Statistics;

namespace Shortfall.Tests.Statistics;

public class CostEffectivenessTests
{
    private static readonly MeanEstimate Difference = MeanEstimate.FromMoments(10, 2.0, 10.0 * 0.25);

    [Fact]
    public void The_effect_and_its_interval_are_divided_by_the_cost()
    {
        var result = CostEffectiveness.Create(Difference, 400_000.0);
        Assert.Equal(2.0 / 400_000.0, result.EffectPerUnitCost);
        Assert.Equal(Difference.CiLow / 400_000.0, result.CiLow);
        Assert.Equal(Difference.CiHigh / 400_000.0, result.CiHigh);
        Assert.Equal(400_000.0, result.Cost);
        Assert.Same(Difference, result.Difference);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0.0)]
    public void Without_a_positive_cost_the_ratio_is_undefined(double? cost)
    {
        var result = CostEffectiveness.Create(Difference, cost);
        Assert.Null(result.EffectPerUnitCost);
        Assert.Null(result.CiLow);
        Assert.Null(result.CiHigh);
        Assert.Equal(2.0, result.Difference.Mean);
    }

    [Fact]
    public void A_single_replication_has_a_ratio_but_no_interval()
    {
        var result = CostEffectiveness.Create(MeanEstimate.FromMoments(1, 3.0, 0.0), 1.5);
        Assert.Equal(2.0, result.EffectPerUnitCost);
        Assert.Null(result.CiLow);
        Assert.Null(result.CiHigh);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Negative_or_unreal_costs_are_rejected(double cost)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CostEffectiveness.Create(Difference, cost));
    }
}
