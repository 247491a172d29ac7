using Shortfall.Analysis.Charts;

namespace Shortfall.Tests.Charts;

public class ChartSizeTests
{
    [Theory]
    [InlineData(199, 420)]
    [InlineData(720, 149)]
    [InlineData(double.NaN, 420)]
    public void Sizes_too_small_for_a_plot_are_rejected(double width, double height)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            HistogramChart.Render(new HistogramData("H", [1, 2]), new ChartSize(width, height)));
    }

    [Fact]
    public void The_requested_size_becomes_the_svg_size_and_view_box()
    {
        var svg = ChartSvg.Parse(HistogramChart.Render(new HistogramData("H", [1, 2]), new ChartSize(400, 250)));

        Assert.Equal("400", (string?)svg.Root.Attribute("width"));
        Assert.Equal("250", (string?)svg.Root.Attribute("height"));
        Assert.Equal("0 0 400 250", (string?)svg.Root.Attribute("viewBox"));
    }

    [Fact]
    public void Every_chart_fits_a_thumbnail_of_360_by_240()
    {
        var size = new ChartSize(360, 240);
        string[] rendered =
        [
            HistogramChart.Render(new HistogramData("H", [1, 2]) { Target = 24 }, size),
            EcdfChart.Render(new EcdfData("E", [new("baseline", [1, 2])]), size),
            BoxPlotChart.Render(new BoxPlotData("B", [new("baseline", [1, 2])]), size),
            IntervalBarChart.Render(new IntervalBarData("I", [new("Onsong No. 2 Primary School", 2, 1, 3)]) { Target = 24 }, size),
            BlockedHoursChart.Render(new BlockedHoursData("H", ChartExamples.Causes, [new("baseline", [1, 2, 3, 4, 5])]), size),
            ReplicationTimelineChart.Render(new ReplicationTimelineData("R", 48, [new(1, 2)], [new("beans", [new(0, 1)])], [3]), size),
            TornadoChart.Render(new TornadoData("T", 2, [new("Power hours per day (2–8)", 1, 3)]), size),
            ConvergenceChart.Render(new ConvergenceData("C", [new(1, 2, 1, 3)]), size),
        ];

        Assert.All(rendered, svg => ChartSvg.Parse(svg));
    }

    [Fact]
    public void In_a_thumbnail_long_category_labels_and_axis_titles_are_shortened_to_fit()
    {
        var estimates = Enumerable.Range(1, 8).Select(i => new IntervalEstimate($"Onsong No. {i} Primary School", 2, 1, 3)).ToList();
        var svg = ChartSvg.Parse(IntervalBarChart.Render(new IntervalBarData("I", estimates), new ChartSize(360, 240)));
        var plot = svg.Plot;

        Assert.All(svg.Single("axis x band").Elements().Where(e => (string?)e.Attribute("class") == "tick-label"),
            label => Assert.EndsWith("\u2026", label.Value));
        var yTitle = svg.Single("axis y").Elements().Single(e => (string?)e.Attribute("class") == "axis-title").Value;
        Assert.EndsWith("\u2026", yTitle);
        Assert.True(TextMetrics.Width(yTitle, FontSizes.AxisTitle) <= plot.Height);
    }

    [Fact]
    public void A_null_title_is_rejected_with_its_name()
    {
        var error = Assert.Throws<ArgumentNullException>(() => HistogramChart.Render(new HistogramData(null!, [1])));

        Assert.Equal("Title", error.ParamName);
    }
}
