using Shortfall.Analysis.Calibration;
using Shortfall.Configuration.Calibration;

namespace Shortfall.Analysis.Charts.Calibration;

/// <summary>Two uncertain numbers against each other over the posterior's particles: a ridge shows numbers the observations fix
/// only together (more diesel or fewer breakdowns).</summary>
internal static class PosteriorPairChart
{
    public static string Svg(UncertainInput x, int xIndex, UncertainInput y, int yIndex, Generation posterior)
    {
        var plot = new ScottPlot.Plot();
        var points = plot.Add.ScatterPoints(
            posterior.Particles.Select(p => CalibrationAxis.Position(x, p.Parameters[xIndex])).ToArray(),
            posterior.Particles.Select(p => CalibrationAxis.Position(y, p.Parameters[yIndex])).ToArray());
        points.MarkerSize = 4;
        plot.XLabel(CalibrationAxis.Label(x));
        plot.YLabel(CalibrationAxis.Label(y));
        plot.Axes.SetLimits(CalibrationAxis.Position(x, x.Prior.Low), CalibrationAxis.Position(x, x.Prior.High),
            CalibrationAxis.Position(y, y.Prior.Low), CalibrationAxis.Position(y, y.Prior.High));
        return plot.GetSvgXml(420, 360);
    }
}
