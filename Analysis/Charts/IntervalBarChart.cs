namespace Shortfall.Analysis.Charts;

/// <summary>Bars from zero to each mean (class "bar", <c>data-label</c>, <c>data-mean</c>) with a
/// confidence-interval whisker (class "ci", <c>data-low</c>, <c>data-high</c>) and an optional horizontal
/// target line. The value axis always includes zero so bar lengths compare.</summary>
public static class IntervalBarChart
{
    /// <summary>Renders the chart as a standalone SVG document.</summary>
    /// <exception cref="ArgumentNullException">The data, its title, an estimate, a label or an axis title is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value or the target is not finite, an interval does not
    /// contain its mean, or the confidence level is not strictly between 0 and 1.</exception>
    public static string Render(IntervalBarData data, ChartSize? size = null)
    {
        Validate(data);
        var estimates = data.Estimates;
        var targetLabel = data.Target is { } t ? "target " + DisplayNumber.Format(t) : null;
        var values = estimates.SelectMany(e => new[] { e.Low, e.High });
        var yDomain = DataDomain.WithZero(data.Target is { } goal ? values.Append(goal) : values);
        var chartSize = size ?? ChartSize.Default;
        var left = LinearAxis.LeftMargin(yDomain);
        var right = targetLabel is null ? 24 : ReferenceLine.RightMargin(targetLabel);
        var bands = BandAxis.Horizontal(estimates.Select(e => e.Label).ToList(), left, chartSize.Width - right, 0.3, chartSize);
        var xAxis = new BandAxis(bands, data.XAxis, AxisPosition.Bottom, chartSize);
        var margins = new Margins(8, right, xAxis.Margin, bands.RangeStart);
        var note = $"Bars: mean; whiskers: {DisplayNumber.Percent(data.ConfidenceLevel)} confidence interval.";
        var canvas = new ChartCanvas(chartSize, data.Title, Describe(data) + " " + note, note, margins);
        var (svg, plot) = (canvas.Svg, canvas.Plot);
        var y = new LinearScale(yDomain, plot.Bottom, plot.Top);

        LinearAxis.DrawGrid(svg, plot, y, AxisPosition.Left);
        var ink = Paint.Stroked(Palette.Ink, 1.5);
        for (var i = 0; i < estimates.Count; i++)
        {
            var e = estimates[i];
            var (start, centre, capHalf) = (bands.Start(i), bands.Centre(i), bands.Bandwidth / 6);
            svg.Rect(start, y.Map(0), bands.Bandwidth, y.Map(e.Mean) - y.Map(0), "bar", Paint.Filled(Palette.SkyBlue),
                DataAttribute.Of("label", e.Label), DataAttribute.Of("mean", e.Mean));
            svg.OpenGroup("ci", DataAttribute.Of("low", e.Low), DataAttribute.Of("high", e.High));
            svg.Line(centre, y.Map(e.Low), centre, y.Map(e.High), "whisker", ink);
            svg.Line(centre - capHalf, y.Map(e.Low), centre + capHalf, y.Map(e.Low), "whisker-cap", ink);
            svg.Line(centre - capHalf, y.Map(e.High), centre + capHalf, y.Map(e.High), "whisker-cap", ink);
            svg.CloseGroup();
        }
        xAxis.Draw(svg, plot);
        LinearAxis.Draw(svg, plot, y, data.YAxis, AxisPosition.Left);
        if (data.Target is { } target)
        {
            ReferenceLine.Horizontal(svg, plot, y.Map(target), targetLabel!, "target", target);
        }
        if (estimates.Count == 0)
        {
            canvas.Message("No estimates");
        }
        return canvas.Finish();
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
                $"{e.Label}: {DisplayNumber.Format(e.Mean)} ({DisplayNumber.Format(e.Low)} to {DisplayNumber.Format(e.High)})")) + "."
              + (data.Target is { } t ? $" Target {DisplayNumber.Format(t)}." : "");
}
