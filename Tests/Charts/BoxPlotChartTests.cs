using Shortfall.Analysis.Charts;

namespace Shortfall.Tests.Charts;

public class BoxPlotChartTests
{
    private static readonly double[] ZeroToHundred = Enumerable.Range(0, 101).Select(i => (double)i).ToArray();

    [Fact]
    public void The_box_spans_the_quartiles_and_the_median_line_sits_at_the_median()
    {
        var svg = ChartSvg.Parse(BoxPlotChart.Render(new BoxPlotData("B", [new("a", ZeroToHundred)])));
        var box = svg.Single("box");
        var median = svg.Single("median");

        Assert.Equal(svg.Map("axis y", 75), ChartSvg.Number(box, "y"), 2 * ChartSvg.RoundingError);
        Assert.Equal(svg.Map("axis y", 25), ChartSvg.Number(box, "y") + ChartSvg.Number(box, "height"), 3 * ChartSvg.RoundingError);
        Assert.Equal(svg.Map("axis y", 50), ChartSvg.Number(median, "y1"), 2 * ChartSvg.RoundingError);
    }

    [Fact]
    public void Percentile_whiskers_reach_p5_and_p95_and_the_note_says_so()
    {
        var svg = ChartSvg.Parse(BoxPlotChart.Render(new BoxPlotData("B", [new("a", ZeroToHundred)])));

        Assert.Equal([5, 95], svg.WithClass("whisker").Select(w => ChartSvg.Number(w, "data-value")));
        Assert.Contains("5th to 95th percentile", svg.Single("chart-note").Value);
        Assert.Empty(svg.WithClass("outlier"));
    }

    [Fact]
    public void Tukey_whiskers_draw_outliers_and_the_note_says_so()
    {
        var svg = ChartSvg.Parse(BoxPlotChart.Render(new BoxPlotData("B", [new("a", [1, 2, 3, 4, 100])]) { Whiskers = WhiskerRule.Tukey }));

        Assert.Equal([100], svg.WithClass("outlier").Select(o => ChartSvg.Number(o, "data-value")));
        Assert.Contains("1.5 × IQR", svg.Single("chart-note").Value);
    }

    [Fact]
    public void A_variant_without_values_keeps_its_slot_and_says_no_data()
    {
        var svg = ChartSvg.Parse(BoxPlotChart.Render(new BoxPlotData("B", [new("a", [1, 2]), new("b", [])])));

        Assert.Equal(2, svg.WithClass("variant").Count);
        Assert.Single(svg.WithClass("box"));
        Assert.Equal("no data", svg.Single("no-data").Value);
        Assert.Empty(svg.WithClass("message"));
    }
}
