using ScottPlot;

namespace Shortfall.Analysis.Charts;

/// <summary>Bars from zero to each mean with a confidence-interval whisker and an optional horizontal target
/// line. The value axis always includes zero so bar lengths compare.</summary>
public static class IntervalBarChart
{
    /// <summary>The chart as a plot.</summary>
    /// <exception cref="ArgumentNullException">The data, its title, an estimate, a label or an axis title is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value or the target is not finite, an interval does not
    /// contain its mean, or the confidence level is not strictly between 0 and 1.</exception>
    public static PlottedChart Plot(IntervalBarData data)
    {
        Validate(data);
        var estimates = data.Estimates;
        var plot = ChartStyle.NewPlot(data.Title, data.XAxis, data.YAxis);
        var look = ChartStyle.Series(5);
        var bars = plot.Add.Bars(estimates.Select((e, i) => new Bar { Position = i, Value = e.Mean, Size = 0.6, FillColor = look.Color, LineWidth = 0 })
            .ToArray());
        bars.LegendText = "";
        var xs = estimates.Select((_, i) => (double)i).ToArray();
        ChartStyle.Whiskers(plot, xs, estimates.Select(e => e.Mean).ToArray(), estimates.Select(e => e.Low).ToArray(),
            estimates.Select(e => e.High).ToArray(), ChartStyle.Ink);
        if (data.Target is { } target)
        {
            ChartStyle.ReferenceLine(plot, target, vertical: false, "target " + ChartStyle.Number(target));
            ChartStyle.Legend(plot);
        }
        ChartStyle.Categories(plot, estimates.Select(e => e.Label).ToArray(), ChartStyle.Wide(estimates.Count));
        plot.Axes.Margins(bottom: 0);
        var note = $"Bars: mean; whiskers: {ChartStyle.Number(data.ConfidenceLevel * 100)}% confidence interval.";
        return new PlottedChart(plot, data.Title, Describe(data) + " " + note, ChartStyle.Wide(estimates.Count));
    }

    private static void Validate(IntervalBarData data)
    {
        ChartArguments.NotNull(data, nameof(data));
        ChartArguments.NotNull(data.Title, nameof(data.Title));
        ChartArguments.Items(data.Estimates, nameof(data.Estimates));
        ChartArguments.NotNull(data.XAxis, nameof(data.XAxis));
        ChartArguments.NotNull(data.YAxis, nameof(data.YAxis));
        ChartArguments.Level(data.ConfidenceLevel, nameof(data.ConfidenceLevel));
        if (data.Target is { } target)
        {
            ChartArguments.Finite(target, nameof(data.Target));
        }
        foreach (var e in data.Estimates)
        {
            ChartArguments.NotNull(e.Label, nameof(e.Label));
            ChartArguments.Interval(e, e.Label, nameof(data.Estimates));
        }
    }

    private static string Describe(IntervalBarData data) =>
        data.Estimates.Count == 0
            ? "Bar chart with no estimates."
            : "Means with confidence intervals. " + string.Join("; ", data.Estimates.Select(e =>
                $"{e.Label}: {ChartStyle.Interval(e.Mean, e.Low, e.High)}")) + "."
              + (data.Target is { } t ? $" Target {ChartStyle.Number(t)}." : "");
}
