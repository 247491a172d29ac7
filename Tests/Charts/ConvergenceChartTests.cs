using Shortfall.Analysis.Charts;

namespace Shortfall.Tests.Charts;

public class ConvergenceChartTests
{
    private static readonly ConvergencePoint[] Points =
    [
        new(2, 2.5, 0.5, 4.5), new(3, 2.2, 1.0, 3.4), new(4, 2.1, 1.4, 2.8), new(10, 2.0, 1.7, 2.3),
    ];

    [Fact]
    public void The_running_mean_passes_through_every_point()
    {
        var svg = ChartSvg.Parse(ConvergenceChart.Render(new ConvergenceData("C", Points)));
        var line = ChartSvg.Points(svg.Single("running-mean"));

        Assert.Equal(Points.Length, line.Count);
        foreach (var (p, (x, y)) in Points.Zip(line))
        {
            Assert.Equal(svg.Map("axis x", p.Replications), x, 3 * ChartSvg.RoundingError);
            Assert.Equal(svg.Map("axis y", p.Mean), y, 3 * ChartSvg.RoundingError);
        }
    }

    [Fact]
    public void The_band_runs_along_the_upper_limits_and_back_along_the_lower_ones()
    {
        var svg = ChartSvg.Parse(ConvergenceChart.Render(new ConvergenceData("C", Points)));
        var band = ChartSvg.Points(svg.Single("ci-band"));
        var expected = Points.Select(p => p.High).Concat(Points.Reverse().Select(p => p.Low)).ToList();

        Assert.Equal(expected, band.Select(b => b.Y).Select(y => Unmap(svg, y)).Select(v => Math.Round(v, 2)));
    }

    [Fact]
    public void The_legend_states_the_confidence_level()
    {
        var svg = ChartSvg.Parse(ConvergenceChart.Render(new ConvergenceData("C", Points) { ConfidenceLevel = 0.99 }));

        Assert.Contains("99% confidence band", svg.WithClass("legend-label").Select(l => l.Value));
    }

    [Fact]
    public void Replications_that_do_not_increase_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            ConvergenceChart.Render(new ConvergenceData("C", [new(3, 1, 0, 2), new(3, 1, 0, 2)])));
    }

    [Fact]
    public void Zero_replications_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ConvergenceChart.Render(new ConvergenceData("C", [new(0, 1, 0, 2)])));
    }

    private static double Unmap(ChartSvg svg, double y)
    {
        var (min, max) = svg.Domain("axis y");
        var plot = svg.Plot;
        return min + (plot.Bottom - y) / plot.Height * (max - min);
    }
}
