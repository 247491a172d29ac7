using Shortfall.Analysis.Calibration;
using Shortfall.Configuration.Calibration;

namespace Shortfall.Analysis.Charts.Calibration;

/// <summary>One uncertain number: its prior's density (line) under the posterior's weighted histogram (bars), on the axis of
/// <see cref="CalibrationAxis"/>. A posterior as wide as the prior says the observations do not pin the number down.</summary>
internal static class PriorPosteriorChart
{
    private const int Bins = 30;
    private const int Points = 200;

    public static string Svg(UncertainInput input, Generation posterior, int parameter)
    {
        var low = CalibrationAxis.Position(input, input.Prior.Low);
        var high = CalibrationAxis.Position(input, input.Prior.High);
        var (centres, densities) = WeightedHistogram.Of(posterior.Particles.Select(p => CalibrationAxis.Position(input, p.Parameters[parameter])).ToArray(),
            posterior.Particles.Select(p => p.Weight).ToArray(), low, high, Bins);
        var plot = new ScottPlot.Plot();
        var bars = plot.Add.Bars(centres, densities);
        foreach (var bar in bars.Bars)
        {
            bar.Size = (high - low) / Bins;
        }
        bars.LegendText = "posterior";
        var xs = Enumerable.Range(0, Points + 1).Select(i => low + (high - low) * i / Points).ToArray();
        var prior = plot.Add.ScatterLine(xs, xs.Select(x => PriorDensity(input, x)).ToArray());
        prior.LineWidth = 2;
        prior.LegendText = "prior";
        plot.Title(input.Path);
        plot.XLabel(CalibrationAxis.Label(input));
        plot.YLabel("density");
        plot.ShowLegend();
        return plot.GetSvgXml(520, 320);
    }

    // The prior's density on the chart's axis: flat in log10 for a loguniform prior.
    private static double PriorDensity(UncertainInput input, double x) => input.Prior.Logarithmic
        ? 1 / Math.Log10(input.Prior.High / input.Prior.Low)
        : input.Prior.Density(x);
}
