using Shortfall.Analysis.Calibration;
using Shortfall.Configuration.Calibration;

namespace Shortfall.Analysis.Charts.Calibration;

/// <summary>Two uncertain numbers against each other over the posterior's particles: a ridge shows numbers the observations fix
/// only together (more diesel or fewer breakdowns).</summary>
internal static class PosteriorPairChart
{
    public static PlottedChart Plot(UncertainInput x, int xIndex, UncertainInput y, int yIndex, Generation posterior)
    {
        var title = $"{x.Path} and {y.Path}";
        var plot = ChartStyle.NewPlot(title, CalibrationAxis.Title(x), CalibrationAxis.Title(y));
        var points = plot.Add.ScatterPoints(
            posterior.Particles.Select(p => CalibrationAxis.Position(x, p.Parameters[xIndex])).ToArray(),
            posterior.Particles.Select(p => CalibrationAxis.Position(y, p.Parameters[yIndex])).ToArray());
        points.MarkerSize = 4;
        points.Color = ChartStyle.Series(0).Color;
        plot.Axes.SetLimits(CalibrationAxis.Position(x, x.Prior.Low), CalibrationAxis.Position(x, x.Prior.High),
            CalibrationAxis.Position(y, y.Prior.Low), CalibrationAxis.Position(y, y.Prior.High));
        return new PlottedChart(plot, title, "Each dot is one posterior parameter set, on the priors' ranges. A ridge means the observations " +
            "fix the two numbers only together (more of one makes up for less of the other); a cloud filling the square means neither is pinned down.");
    }
}
