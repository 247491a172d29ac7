using Shortfall.Analysis.Output.Documents;
using Shortfall.Analysis.Reports;

namespace Shortfall.Tests.Reports;

public class CostScaleTests
{
    [Theory]
    [InlineData(4.3e-10, 1e9)]
    [InlineData(5e-7, 1e6)]
    [InlineData(0.5, 1)]
    [InlineData(0.0001, 1000)]
    [InlineData(0, 1)]
    public void Effects_per_unit_cost_are_quoted_per_the_smallest_power_of_a_thousand_that_lifts_the_largest_to_a_tenth(double effect, double amount) =>
        Assert.Equal(amount, CostScale.For([effect, -effect / 10], "won").Amount);

    [Fact]
    public void An_effect_near_zero_is_quoted_per_no_more_than_the_dearest_remedy_costs()
    {
        Assert.Equal(1e6, CostScale.For([1e-20], "won", largestCost: 5e7).Amount);
        Assert.Equal(1, CostScale.For([1e-20], "won", largestCost: 999).Amount);
    }

    [Fact]
    public void The_scaled_interval_is_the_interval_times_the_amount()
    {
        var scale = CostScale.For([5e-7], "won");
        Assert.Equal("per 1,000,000 won", scale.Label);
        Assert.Equal("0.5 [0.3, 0.8]", ReportNumber.Interval(scale.Apply(new Estimate(5e-7, 2.5e-7, 7.5e-7))));
    }
}
