using Shortfall.Analysis.Charts;

namespace Shortfall.Tests.Charts;

public class IntervalBarChartTests
{
    private static ChartSvg Render(double? target = 4) => ChartSvg.Parse(IntervalBarChart.Render(
        new IntervalBarData("I", [new("School 1", 2, 1.5, 2.5), new("School 2", 3, 2, 4.5)]) { Target = target }));

    [Fact]
    public void Bars_run_from_zero_to_the_mean()
    {
        var svg = Render();

        foreach (var bar in svg.WithClass("bar"))
        {
            var mean = ChartSvg.Number(bar, "data-mean");
            Assert.Equal(svg.Map("axis y", mean), ChartSvg.Number(bar, "y"), 2 * ChartSvg.RoundingError);
            Assert.Equal(svg.Map("axis y", 0), ChartSvg.Number(bar, "y") + ChartSvg.Number(bar, "height"), 3 * ChartSvg.RoundingError);
        }
    }

    [Fact]
    public void Whiskers_run_from_the_lower_to_the_upper_confidence_limit()
    {
        var svg = Render();
        var whiskers = svg.WithClass("ci");

        Assert.Equal(2, whiskers.Count);
        var second = whiskers[1].Elements().Single(e => (string?)e.Attribute("class") == "whisker");
        Assert.Equal(svg.Map("axis y", 2), ChartSvg.Number(second, "y1"), 2 * ChartSvg.RoundingError);
        Assert.Equal(svg.Map("axis y", 4.5), ChartSvg.Number(second, "y2"), 2 * ChartSvg.RoundingError);
    }

    [Fact]
    public void The_target_is_a_horizontal_line_at_its_value()
    {
        var svg = Render(target: 4);
        var line = svg.Single("target-line");

        Assert.Equal(svg.Map("axis y", 4), ChartSvg.Number(line, "y1"), 3 * ChartSvg.RoundingError);
        Assert.Equal(ChartSvg.Number(line, "y1"), ChartSvg.Number(line, "y2"));
        Assert.Equal("target 4", svg.Single("target-label").Value);
    }

    [Fact]
    public void The_target_line_is_optional()
    {
        Assert.Empty(Render(target: null).WithClass("target-line"));
    }

    [Fact]
    public void The_note_states_the_confidence_level()
    {
        var svg = ChartSvg.Parse(IntervalBarChart.Render(new IntervalBarData("I", [new("a", 1, 0, 2)]) { ConfidenceLevel = 0.9 }));

        Assert.Contains("90% confidence interval", svg.Single("chart-note").Value);
    }

    [Theory]
    [InlineData(2, 2.5, 3)]
    [InlineData(2, 1, 1.5)]
    [InlineData(double.NaN, 1, 3)]
    public void An_interval_that_does_not_contain_its_mean_is_rejected(double mean, double low, double high)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            IntervalBarChart.Render(new IntervalBarData("I", [new("a", mean, low, high)])));
    }
}
