using Shortfall.Analysis.Charts;

namespace Shortfall.Tests.Charts;

public class BlockedHoursChartTests
{
    private static ChartSvg Render() => ChartSvg.Parse(BlockedHoursChart.Render(new BlockedHoursData("H",
        ChartExamples.Causes, [new("baseline", [120, 40, 60, 5, 0]), new("more power", [30, 50, 80, 5, 10])])));

    [Fact]
    public void Each_variant_stacks_one_segment_per_cause_in_cause_order_from_the_bottom()
    {
        var stacks = Render().WithClass("stack");

        Assert.Equal(["baseline", "more power"], stacks.Select(s => (string?)s.Attribute("data-variant")));
        foreach (var stack in stacks)
        {
            var segments = stack.Elements().Where(e => (string?)e.Attribute("class") == "bar segment").ToList();
            Assert.Equal(ChartExamples.Causes, segments.Select(s => (string?)s.Attribute("data-cause")));
            // Each segment's bottom is the previous segment's top.
            for (var i = 1; i < segments.Count; i++)
            {
                var below = segments[i - 1];
                Assert.Equal(ChartSvg.Number(below, "y"), ChartSvg.Number(segments[i], "y") + ChartSvg.Number(segments[i], "height"),
                    3 * ChartSvg.RoundingError);
            }
        }
    }

    [Fact]
    public void The_top_of_each_stack_is_at_its_total_and_the_total_is_printed()
    {
        var svg = Render();
        var second = svg.WithClass("stack")[1];
        var top = second.Elements().Where(e => (string?)e.Attribute("class") == "bar segment").Last();

        Assert.Equal(svg.Map("axis y", 175), ChartSvg.Number(top, "y"), 2 * ChartSvg.RoundingError);
        Assert.Equal(["225", "175"], svg.WithClass("total").Select(t => t.Value));
    }

    [Fact]
    public void A_cause_has_the_same_colour_in_every_stack_and_the_legend_lists_the_top_of_the_stack_first()
    {
        var svg = Render();
        var power = svg.WithClass("bar segment").Where(s => (string?)s.Attribute("data-cause") == "power").Select(s => (string?)s.Attribute("fill"));

        Assert.Single(power.Distinct());
        Assert.Equal(ChartExamples.Causes.Reverse(), svg.WithClass("legend-label").Select(l => l.Value));
    }

    [Fact]
    public void A_variant_with_the_wrong_number_of_causes_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => BlockedHoursChart.Render(
            new BlockedHoursData("H", ChartExamples.Causes, [new("a", [1, 2])])));
    }

    [Fact]
    public void Negative_hours_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BlockedHoursChart.Render(
            new BlockedHoursData("H", ["power"], [new("a", [-1])])));
    }
}
