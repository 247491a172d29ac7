using Shortfall.Analysis.Charts;

namespace Shortfall.Tests.Charts;

public class EcdfChartTests
{
    [Fact]
    public void Each_variant_with_values_gets_one_step_line_and_one_legend_entry()
    {
        var svg = ChartSvg.Parse(EcdfChart.Render(new EcdfData("E", [new("a", [1, 2]), new("b", [3]), new("c", [])])));

        Assert.Equal(["a", "b"], svg.WithClass("ecdf").Select(l => (string?)l.Attribute("data-variant")));
        Assert.Equal(["a", "b", "c (no data)"], svg.WithClass("legend-label").Select(l => l.Value));
    }

    [Fact]
    public void The_step_line_rises_by_each_values_share_at_that_value_with_ties_rising_together()
    {
        var svg = ChartSvg.Parse(EcdfChart.Render(new EcdfData("E", [new("a", [3, 1, 3, 2])])));
        var plot = svg.Plot;
        var (xMin, xMax) = svg.Domain("axis x");
        var (yMin, yMax) = svg.Domain("axis y");
        double X(double v) => plot.Left + (v - xMin) / (xMax - xMin) * plot.Width;
        double Y(double p) => plot.Bottom - (p - yMin) / (yMax - yMin) * plot.Height;
        var points = ChartSvg.Points(svg.Single("ecdf"));

        (double, double)[] expected =
        [
            (plot.Left, Y(0)), (X(1), Y(0)), (X(1), Y(0.25)), (X(2), Y(0.25)), (X(2), Y(0.5)),
            (X(3), Y(0.5)), (X(3), Y(1)), (plot.Right, Y(1)),
        ];
        Assert.Equal(expected.Length, points.Count);
        foreach (var ((ex, ey), (ax, ay)) in expected.Zip(points))
        {
            Assert.Equal(ex, ax, 3 * ChartSvg.RoundingError);
            Assert.Equal(ey, ay, 3 * ChartSvg.RoundingError);
        }
    }

    [Fact]
    public void Values_that_are_not_finite_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EcdfChart.Render(new EcdfData("E", [new("a", [1, double.NaN])])));
    }

}
