namespace Shortfall.Analysis.Charts;

/// <summary>A histogram of integer counts with one bar (class "bar") per integer from the smallest to the
/// largest observation, empty bins included as zero-height bars, each carrying <c>data-value</c> and
/// <c>data-count</c>. The x axis runs from half a unit below the smallest bin (or the target) to half a
/// unit above the largest, so bar centres sit on their integer.</summary>
public static class HistogramChart
{
    /// <summary>The most bins a histogram may have; wider spreads are not counts of deliveries.</summary>
    public const int MaxBins = 1000;

    /// <summary>Renders the histogram as a standalone SVG document.</summary>
    /// <exception cref="ArgumentNullException">The data, its title, observations or an axis title is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The target is not finite, or the observations span more than <see cref="MaxBins"/> bins.</exception>
    public static string Render(HistogramData data, ChartSize? size = null)
    {
        Validate(data);
        var observations = data.Observations;
        var target = data.Target;
        var (lo, hi) = observations.Count == 0 ? (0, 0) : (observations.Min(), observations.Max());
        var counts = new int[hi - lo + 1];
        foreach (var value in observations)
        {
            counts[value - lo]++;
        }

        var (from, to) = target is { } t ? (Math.Min(lo, t), Math.Max(hi, t)) : (lo, hi);
        var xDomain = NiceTicks.Within(from - 0.5, to + 0.5, NiceTicks.DefaultCount, minimumStep: 1);
        var yDomain = DataDomain.WithZero(counts.Select(c => (double)c), minimumStep: 1);
        var margins = new Margins(target is null ? 8 : ReferenceLine.TopMargin, 24, LinearAxis.BottomMargin, LinearAxis.LeftMargin(yDomain));
        var canvas = new ChartCanvas(size ?? ChartSize.Default, data.Title, Describe(data, lo, hi), null, margins);
        var (svg, plot) = (canvas.Svg, canvas.Plot);
        var x = new LinearScale(xDomain, plot.Left, plot.Right);
        var y = new LinearScale(yDomain, plot.Bottom, plot.Top);

        LinearAxis.DrawGrid(svg, plot, y, AxisPosition.Left);
        if (observations.Count > 0)
        {
            // A pixel of white between neighbours keeps bars distinct without hiding narrow ones.
            var gap = Math.Min(1, (x.Map(1) - x.Map(0)) * 0.1);
            svg.OpenGroup("bars");
            for (var i = 0; i < counts.Length; i++)
            {
                var value = lo + i;
                var left = x.Map(value - 0.5) + gap / 2;
                var right = x.Map(value + 0.5) - gap / 2;
                svg.Rect(left, y.Map(counts[i]), right - left, y.Map(0) - y.Map(counts[i]), "bar", Paint.Filled(Palette.Blue),
                    DataAttribute.Of("value", value), DataAttribute.Of("count", counts[i]));
            }
            svg.CloseGroup();
        }
        LinearAxis.Draw(svg, plot, x, data.XAxis, AxisPosition.Bottom);
        LinearAxis.Draw(svg, plot, y, data.YAxis, AxisPosition.Left);
        if (target is { } goal)
        {
            ReferenceLine.Vertical(svg, plot, x.Map(goal), "target " + DisplayNumber.Format(goal), "target", goal);
        }
        if (observations.Count == 0)
        {
            canvas.Message("No observations");
        }
        return canvas.Finish();
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
        if (data.Observations.Count > 0 && (long)data.Observations.Max() - data.Observations.Min() >= MaxBins)
        {
            throw new ArgumentOutOfRangeException(nameof(data.Observations),
                $"The observations span more than {MaxBins} bins ({data.Observations.Min()} to {data.Observations.Max()}).");
        }
    }

    private static string Describe(HistogramData data, int lo, int hi)
    {
        var n = data.Observations.Count;
        if (n == 0)
        {
            return "Histogram with no observations.";
        }
        var text = $"Histogram of {n} observations from {lo} to {hi}, mean {DisplayNumber.Format(data.Observations.Average())}.";
        if (data.Target is { } target)
        {
            var reached = data.Observations.Count(v => v >= target);
            text += $" {reached} of {n} reach the target of {DisplayNumber.Format(target)}.";
        }
        return text;
    }
}
