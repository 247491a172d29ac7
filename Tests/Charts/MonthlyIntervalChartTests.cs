using Shortfall.Analysis.Charts;

namespace Shortfall.Tests.Charts;

public class MonthlyIntervalChartTests
{
    private static ChartSvg Render() => ChartSvg.Parse(ChartExamples.Typical("monthly"));

    [Fact]
    public void Each_series_has_a_point_at_its_mean_in_every_month_it_has_an_estimate()
    {
        var svg = Render();
        var points = svg.WithClass("point");
        Assert.Equal(["2021-03", "2021-04", "2021-03", "2021-04", "2021-05"], points.Select(p => (string?)p.Attribute("data-month")));
        foreach (var point in points)
        {
            Assert.Equal(svg.Map("axis y", ChartSvg.Number(point, "data-mean")), ChartSvg.Number(point, "cy"), 2 * ChartSvg.RoundingError);
        }
    }

    [Fact]
    public void Series_stand_side_by_side_within_a_month_and_in_the_same_order_every_month()
    {
        var points = Render().WithClass("point");
        // Baseline's March and April, then the other series' March, April and May.
        Assert.True(ChartSvg.Number(points[0], "cx") < ChartSvg.Number(points[2], "cx"));
        Assert.True(ChartSvg.Number(points[1], "cx") < ChartSvg.Number(points[3], "cx"));
        Assert.True(ChartSvg.Number(points[2], "cx") < ChartSvg.Number(points[3], "cx"));
    }

    [Fact]
    public void Whiskers_run_from_the_lower_to_the_upper_confidence_limit_and_the_target_is_a_line_at_its_value()
    {
        var svg = Render();
        var whisker = svg.WithClass("ci")[0].Elements().Single(e => (string?)e.Attribute("class") == "whisker");
        Assert.Equal(svg.Map("axis y", 5), ChartSvg.Number(whisker, "y1"), 2 * ChartSvg.RoundingError);
        Assert.Equal(svg.Map("axis y", 7), ChartSvg.Number(whisker, "y2"), 2 * ChartSvg.RoundingError);
        var target = svg.Single("target-line");
        Assert.Equal(svg.Map("axis y", 20), ChartSvg.Number(target, "y1"), 2 * ChartSvg.RoundingError);
    }

    [Fact]
    public void A_series_with_another_number_of_estimates_than_months_is_refused() =>
        Assert.Throws<ArgumentException>(() => MonthlyIntervalChart.Render(new MonthlyIntervalData("M", ["2021-03", "2021-04"], [new("a", [new("", 1, 0,
            2)])])));
}
