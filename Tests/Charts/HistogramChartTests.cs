using Shortfall.Analysis.Charts;

namespace Shortfall.Tests.Charts;

public class HistogramChartTests
{
    private static ChartSvg Render(IReadOnlyList<int> observations, double? target = 24) =>
        ChartSvg.Parse(HistogramChart.Render(new HistogramData("Deliveries", observations) { Target = target }));

    [Fact]
    public void There_is_exactly_one_bar_per_integer_bin_from_the_smallest_to_the_largest_count()
    {
        var bars = Render([2, 2, 3, 5, 2, 7]).WithClass("bar");

        Assert.Equal(6, bars.Count);
        Assert.Equal([2, 3, 4, 5, 6, 7], bars.Select(b => ChartSvg.Number(b, "data-value")));
        Assert.Equal([3, 1, 0, 1, 0, 1], bars.Select(b => ChartSvg.Number(b, "data-count")));
    }

    [Fact]
    public void Bar_heights_are_proportional_to_the_counts()
    {
        var bars = Render([1, 1, 1, 1, 2, 2]).WithClass("bar");
        var (four, two) = (ChartSvg.Number(bars[0], "height"), ChartSvg.Number(bars[1], "height"));

        Assert.Equal(2 * two, four, 2 * 3 * ChartSvg.RoundingError);
    }

    [Fact]
    public void The_target_line_sits_where_the_x_axis_domain_maps_the_target()
    {
        var svg = Render([0, 1, 1, 2, 3, 6]);
        var plot = svg.Plot;
        var (min, max) = svg.Domain("axis x");
        var line = svg.Single("target-line");

        // Computed from the rounded plot edge, width and line position: three roundings at most.
        var expected = plot.Left + (24 - min) / (max - min) * plot.Width;
        Assert.Equal(expected, ChartSvg.Number(line, "x1"), 3 * ChartSvg.RoundingError);
        Assert.Equal(ChartSvg.Number(line, "x1"), ChartSvg.Number(line, "x2"));
        Assert.Equal("target 24", svg.Single("target-label").Value);
    }

    [Fact]
    public void Ticks_and_bar_centres_use_the_same_mapping_as_the_target()
    {
        var svg = Render([0, 1, 1, 2, 3, 6]);
        var plot = svg.Plot;
        var (min, max) = svg.Domain("axis x");
        double X(double value) => plot.Left + (value - min) / (max - min) * plot.Width;

        foreach (var tick in svg.Single("axis x").Elements(ChartSvg.Svg + "line").Where(l => (string?)l.Attribute("class") == "tick"))
        {
            Assert.Equal(X(ChartSvg.Number(tick, "data-value")), ChartSvg.Number(tick, "x1"), 3 * ChartSvg.RoundingError);
        }
        foreach (var bar in svg.WithClass("bar"))
        {
            var centre = ChartSvg.Number(bar, "x") + ChartSvg.Number(bar, "width") / 2;
            Assert.Equal(X(ChartSvg.Number(bar, "data-value")), centre, 4 * ChartSvg.RoundingError);
        }
    }

    [Fact]
    public void The_x_axis_reaches_the_target_even_when_every_count_is_far_below_it()
    {
        var (min, max) = Render([0, 1, 2]).Domain("axis x");

        Assert.Equal((-0.5, 24.5), (min, max));
    }

    [Fact]
    public void Without_a_target_no_target_line_is_drawn()
    {
        Assert.Empty(Render([1, 2], target: null).WithClass("target"));
    }

    [Fact]
    public void The_description_says_how_many_observations_reach_the_target()
    {
        var svg = ChartSvg.Parse(HistogramChart.Render(new HistogramData("D", [1, 3, 3, 5]) { Target = 3 }));

        Assert.Contains("3 of 4 reach the target of 3", svg.Root.Element(ChartSvg.Svg + "desc")!.Value);
    }

    [Fact]
    public void Counts_spread_over_more_bins_than_the_limit_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            HistogramChart.Render(new HistogramData("D", [0, HistogramChart.MaxBins])));
    }
}
