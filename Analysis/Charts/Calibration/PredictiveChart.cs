using Shortfall.Analysis.Calibration;
using Shortfall.Configuration.Calibration;

namespace Shortfall.Analysis.Charts.Calibration;

/// <summary>One observation against what the posterior's particles simulated for it (weighted histogram): the observed value as a
/// line, and the interval its error allows as a band.</summary>
internal static class PredictiveChart
{
    private const int Bins = 30;

    public static string Svg(Observation observation, Generation posterior, int index)
    {
        var values = posterior.Particles.Select(p => p.Point.Statistics[index]).ToArray();
        var band = observation.Error is IntervalError interval ? (interval.Min, interval.Max) : (observation.Value, observation.Value);
        var low = Math.Min(values.Min(), band.Item1);
        var high = Math.Max(values.Max(), band.Item2);
        if (high <= low)
        {
            high = low + 1;
        }
        var plot = new ScottPlot.Plot();
        if (observation.Error is IntervalError)
        {
            var span = plot.Add.HorizontalSpan(band.Item1, band.Item2);
            span.LegendText = $"observed: {observation.Error}";
        }
        var (centres, densities) = WeightedHistogram.Of(values, posterior.Particles.Select(p => p.Weight).ToArray(), low, high, Bins);
        var bars = plot.Add.Bars(centres, densities);
        foreach (var bar in bars.Bars)
        {
            bar.Size = (high - low) / Bins;
        }
        bars.LegendText = "posterior predictive";
        var line = plot.Add.VerticalLine(observation.Value);
        line.LegendText = $"observed value {observation.Value}";
        plot.Title(observation.Name);
        plot.XLabel(CalibrationFiles.OutputName(observation.Output));
        plot.YLabel("density");
        plot.ShowLegend();
        return plot.GetSvgXml(520, 320);
    }
}
