using Shortfall.Analysis.Charts;

namespace Shortfall.Tests.Charts;

public class ReplicationTimelineChartTests
{
    private static ChartSvg Render() => ChartSvg.Parse(ReplicationTimelineChart.Render(new ReplicationTimelineData("R", 240,
        [new(30, 34), new(6, 10)], [new("beans", [new(0, 500), new(12, 450), new(100, 900)])], [130, 20])));

    [Fact]
    public void The_x_axis_is_in_days_over_the_whole_run()
    {
        var svg = Render();

        Assert.Equal((0.0, 10.0), svg.Domain("axis x"));
        Assert.EndsWith("(days)", svg.Single("axis x").Elements().Single(e => (string?)e.Attribute("class") == "axis-title").Value);
    }

    [Fact]
    public void Power_on_periods_are_bands_in_time_order_spanning_the_plot_height()
    {
        var svg = Render();
        var plot = svg.Plot;
        var bands = svg.WithClass("power-on");

        Assert.Equal([6, 30], bands.Select(b => ChartSvg.Number(b, "data-start-hours")));
        Assert.Equal(svg.Map("axis x", 6 / 24.0), ChartSvg.Number(bands[0], "x"), 3 * ChartSvg.RoundingError);
        Assert.Equal(svg.Map("axis x", 10 / 24.0), ChartSvg.Number(bands[0], "x") + ChartSvg.Number(bands[0], "width"), 4 * ChartSvg.RoundingError);
        Assert.Equal(plot.Height, ChartSvg.Number(bands[0], "height"), 2 * ChartSvg.RoundingError);
    }

    [Fact]
    public void Deliveries_are_ticks_at_their_times_in_time_order()
    {
        var svg = Render();
        var ticks = svg.WithClass("delivery");

        Assert.Equal([20, 130], ticks.Select(t => ChartSvg.Number(t, "data-hours")));
        Assert.Equal(svg.Map("axis x", 130 / 24.0), ChartSvg.Number(ticks[1], "x1"), 3 * ChartSvg.RoundingError);
    }

    [Fact]
    public void A_stock_is_a_step_line_that_holds_each_level_until_the_next_change_and_the_last_until_the_end()
    {
        var svg = Render();
        var points = ChartSvg.Points(svg.Single("stock"));
        double X(double hours) => svg.Map("axis x", hours / 24);
        // Stock levels use the plot below the delivery strip, whose lower edge is the top of their axis.
        var (min, max) = svg.Domain("axis y");
        var stripEdge = ChartSvg.Number(svg.Single("strip-edge"), "y1");
        double Y(double level) => svg.Plot.Bottom - (level - min) / (max - min) * (svg.Plot.Bottom - stripEdge);

        (double, double)[] expected = [(X(0), Y(500)), (X(12), Y(500)), (X(12), Y(450)), (X(100), Y(450)), (X(100), Y(900)), (X(240), Y(900))];
        Assert.Equal(expected.Length, points.Count);
        foreach (var ((ex, ey), (ax, ay)) in expected.Zip(points))
        {
            Assert.Equal(ex, ax, 3 * ChartSvg.RoundingError);
            Assert.Equal(ey, ay, 4 * ChartSvg.RoundingError);
        }
    }

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(10, 241)]
    [InlineData(10, 5)]
    public void Power_periods_outside_the_run_or_ending_before_they_start_are_rejected(double start, double end)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            ReplicationTimelineChart.Render(new ReplicationTimelineData("R", 240, [new(start, end)], [], [])));
    }

    [Fact]
    public void Stock_levels_out_of_time_order_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReplicationTimelineChart.Render(new ReplicationTimelineData("R", 240, [],
            [new("beans", [new(10, 1), new(5, 2)])], [])));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(double.PositiveInfinity)]
    public void A_horizon_that_is_not_positive_and_finite_is_rejected(double horizon)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            ReplicationTimelineChart.Render(new ReplicationTimelineData("R", horizon, [], [], [])));
    }
}
