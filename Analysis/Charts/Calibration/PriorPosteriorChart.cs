using Shortfall.Analysis.Calibration;
using Shortfall.Configuration.Calibration;

namespace Shortfall.Analysis.Charts.Calibration;

/// <summary>One uncertain number: its prior's density (line) under the posterior's weighted histogram (bars), on the axis of
/// <see cref="CalibrationAxis"/>. A posterior as wide as the prior says the observations do not pin the number down.</summary>
internal static class PriorPosteriorChart
{
    private const int Bins = 30;
    private const int Points = 200;

    public static PlottedChart Plot(UncertainInput input, Generation posterior, int parameter)
    {
        var low = CalibrationAxis.Position(input, input.Prior.Low);
        var high = CalibrationAxis.Position(input, input.Prior.High);
        var (centres, densities) = WeightedHistogram.Of(posterior.Particles.Select(p => CalibrationAxis.Position(input, p.Parameters[parameter])).ToArray(),
            posterior.Particles.Select(p => p.Weight).ToArray(), low, high, Bins);
        var plot = ChartStyle.NewPlot(input.Path, CalibrationAxis.Title(input), new AxisTitle("density", "per unit of the axis"));
        var bars = plot.Add.Bars(centres, densities);
        foreach (var bar in bars.Bars)
        {
            bar.Size = (high - low) / Bins;
        }
        bars.LegendText = "posterior";
        bars.Color = ChartStyle.Series(0).Color;
        var xs = Enumerable.Range(0, Points + 1).Select(i => low + (high - low) * i / Points).ToArray();
        var prior = plot.Add.ScatterLine(xs, xs.Select(x => PriorDensity(input, x)).ToArray());
        prior.LineWidth = 2;
        prior.Color = ChartStyle.Series(1).Color;
        prior.LegendText = "prior";
        ChartStyle.Legend(plot);
        return new PlottedChart(plot, input.Path, "Line: the prior's density; bars: the posterior's weighted histogram. A posterior as wide as " +
            "the prior means the observations do not pin this number down; a narrow one means they do.");
    }

    // The prior's density on the chart's axis: flat in log10 for a loguniform prior.
    private static double PriorDensity(UncertainInput input, double x) => input.Prior.Logarithmic
        ? 1 / Math.Log10(input.Prior.High / input.Prior.Low)
        : input.Prior.Density(x);
}
