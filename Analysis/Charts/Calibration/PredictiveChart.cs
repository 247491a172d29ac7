using Shortfall.Analysis.Calibration;
using Shortfall.Configuration.Calibration;

namespace Shortfall.Analysis.Charts.Calibration;

/// <summary>One observation against what the posterior's particles simulated for it (weighted histogram): the observed value as a
/// line, and the interval its error allows as a band.</summary>
internal static class PredictiveChart
{
    private const int Bins = 30;

    public static PlottedChart Plot(Observation observation, Generation posterior, int index)
    {
        var values = posterior.Particles.Select(p => p.Point.Statistics[index]).ToArray();
        var band = observation.Error is IntervalError interval ? (interval.Min, interval.Max) : (observation.Value, observation.Value);
        var low = Math.Min(values.Min(), band.Item1);
        var high = Math.Max(values.Max(), band.Item2);
        if (high <= low)
        {
            high = low + 1;
        }
        var plot = ChartStyle.NewPlot(observation.Name, new AxisTitle(CalibrationFiles.OutputName(observation.Output), null),
            new AxisTitle("density", "per unit of the output"));
        if (observation.Error is IntervalError)
        {
            var span = plot.Add.HorizontalSpan(band.Item1, band.Item2);
            span.LegendText = $"observed: {observation.Error}";
            span.FillStyle.Color = ChartStyle.Series(2).Color.WithAlpha(0.25);
        }
        var (centres, densities) = WeightedHistogram.Of(values, posterior.Particles.Select(p => p.Weight).ToArray(), low, high, Bins);
        var bars = plot.Add.Bars(centres, densities);
        foreach (var bar in bars.Bars)
        {
            bar.Size = (high - low) / Bins;
        }
        bars.LegendText = "posterior predictive";
        bars.Color = ChartStyle.Series(0).Color;
        ChartStyle.ReferenceLine(plot, observation.Value, vertical: true, $"observed value {ChartStyle.Number(observation.Value)}");
        ChartStyle.Legend(plot);
        return new PlottedChart(plot, observation.Name, "Bars: what the posterior's parameter sets simulated for this output, weighted; dashed " +
            "line: the observed value; shaded band: the interval the observation's error allows. Bars far from the band mean the model " +
            "cannot reproduce the observation.");
    }
}
