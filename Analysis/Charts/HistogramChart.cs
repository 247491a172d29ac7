using ScottPlot;

namespace Shortfall.Analysis.Charts;

/// <summary>A histogram of integer counts: one bar per integer from the smallest to the largest observation
/// (empty bins as gaps), with the target as a dashed vertical line.</summary>
public static class HistogramChart
{
    /// <summary>The most bins a histogram may have; wider spreads are not counts of deliveries.</summary>
    public const int MaxBins = 1000;

    /// <summary>The histogram as a plot.</summary>
    /// <exception cref="ArgumentNullException">The data, its title, observations or an axis title is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The target is not finite, an observation is not a whole number, or the observations span more
    /// than <see cref="MaxBins"/> bins.</exception>
    public static PlottedChart Plot(HistogramData data)
    {
        Validate(data);
        var observations = data.Observations;
        var plot = ChartStyle.NewPlot(data.Title, data.XAxis, data.YAxis);
        var (lo, hi) = observations.Count == 0 ? (0, 0) : ((int)observations.Minimum, (int)observations.Maximum);
        var counts = new long[hi - lo + 1];
        for (var i = 0; i < observations.Values.Count; i++)
        {
            counts[(int)observations.Values[i] - lo] = observations.CountOf(i);
        }

        var color = ChartStyle.Series(0).Color;
        var bars = plot.Add.Bars(counts.Select((count, i) => new Bar
        {
            Position = lo + i,
            Value = count,
            Size = 0.9,
            FillColor = color,
            LineWidth = 0,
        }).ToArray());
        bars.LegendText = "";
        if (data.Target is { } target)
        {
            ChartStyle.ReferenceLine(plot, target, vertical: true, "target " + ChartStyle.Number(target));
            ChartStyle.Legend(plot);
        }
        plot.Axes.Margins(bottom: 0);
        return new PlottedChart(plot, data.Title, Describe(data, lo, hi));
    }

    private static void Validate(HistogramData data)
    {
        ChartArguments.NotNull(data, nameof(data));
        ChartArguments.NotNull(data.Title, nameof(data.Title));
        ChartArguments.NotNull(data.Observations, nameof(data.Observations));
        ChartArguments.NotNull(data.XAxis, nameof(data.XAxis));
        ChartArguments.NotNull(data.YAxis, nameof(data.YAxis));
        if (data.Target is { } target)
        {
            ChartArguments.Finite(target, nameof(data.Target));
        }
        foreach (var value in data.Observations.Values)
        {
            if (!(value == Math.Floor(value) && Math.Abs(value) <= int.MaxValue))
            {
                throw new ArgumentOutOfRangeException(nameof(data.Observations), value, "A histogram counts whole numbers.");
            }
        }
        if (data.Observations.Count > 0 && data.Observations.Maximum - data.Observations.Minimum >= MaxBins)
        {
            throw new ArgumentOutOfRangeException(nameof(data.Observations),
                $"The observations span more than {MaxBins} bins ({data.Observations.Minimum} to {data.Observations.Maximum}).");
        }
    }

    private static string Describe(HistogramData data, int lo, int hi)
    {
        var n = data.Observations.Count;
        if (n == 0)
        {
            return "Histogram with no observations.";
        }
        var text = $"Histogram of {n} observations from {lo} to {hi}, mean {ChartStyle.Number(data.Observations.Mean)}.";
        if (data.Target is { } target)
        {
            var reached = data.Observations.CountAtLeast(target);
            text += $" {reached} of {n} reach the target of {ChartStyle.Number(target)}.";
        }
        return text;
    }
}
