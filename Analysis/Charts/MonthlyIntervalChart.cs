namespace Shortfall.Analysis.Charts;

/// <summary>Means by calendar month with confidence-interval whiskers, one series per variant side
/// by side within each month (group class "series", <c>data-series</c>; a point is class "point" with
/// <c>data-month</c> and <c>data-mean</c>, its whisker class "ci" with <c>data-low</c> and <c>data-high</c>),
/// a legend of the series, and an optional dashed horizontal target line (group class "target", named in the legend). The value axis includes zero.</summary>
public static class MonthlyIntervalChart
{
    private const double PointRadius = 3.5;

    /// <summary>Renders the chart as a standalone SVG document.</summary>
    /// <exception cref="ArgumentNullException">The data, its title, months, a series, its label or estimates, or the axis title is null.</exception>
    /// <exception cref="ArgumentException">A series has not exactly one entry per month.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value or the target is not finite, an interval does not contain its mean,
    /// or the confidence level is not strictly between 0 and 1.</exception>
    public static string Render(MonthlyIntervalData data, ChartSize? size = null)
    {
        Validate(data);
        var (months, series) = (data.Months, data.Series);
        var targetLabel = data.Target is { } t ? "target " + DisplayNumber.Format(t) : null;
        var values = series.SelectMany(s => s.Estimates.OfType<IntervalEstimate>()).SelectMany(e => new[] { e.Low, e.High });
        var yDomain = DataDomain.WithZero(data.Target is { } goal ? values.Append(goal) : values);
        var chartSize = size ?? ChartSize.Default;
        // The target is named in the legend rather than beside its line, where it would collide with the legend.
        var entries = series.Select((s, i) => new LegendEntry(s.Label, Palette.Series(i), LegendSwatch.Line));
        var legend = new Legend((targetLabel is null ? entries : entries.Append(new LegendEntry($"{targetLabel} " +
            $"(dashed)", Palette.Black, LegendSwatch.Line))).ToList());
        var left = LinearAxis.LeftMargin(yDomain);
        var right = legend.RightMargin;
        var bands = BandAxis.Horizontal(months, left, chartSize.Width - right, 0.2, chartSize);
        var xAxis = new BandAxis(bands, new AxisTitle("Month", null), AxisPosition.Bottom, chartSize);
        var margins = new Margins(8, right, xAxis.Margin, bands.RangeStart);
        var note = $"Points: mean; whiskers: {DisplayNumber.Percent(data.ConfidenceLevel)} confidence interval.";
        var canvas = new ChartCanvas(chartSize, data.Title, Describe(data) + " " + note, note, margins);
        var (svg, plot) = (canvas.Svg, canvas.Plot);
        var y = new LinearScale(yDomain, plot.Bottom, plot.Top);

        LinearAxis.DrawGrid(svg, plot, y, AxisPosition.Left);
        for (var s = 0; s < series.Count; s++)
        {
            var colour = Palette.Series(s);
            var ink = Paint.Stroked(colour, 1.5);
            svg.OpenGroup("series", DataAttribute.Of("series", series[s].Label));
            for (var m = 0; m < months.Count; m++)
            {
                if (series[s].Estimates[m] is not { } e)
                {
                    continue;
                }
                // Series side by side within the month's band, so their whiskers never overlap.
                var x = bands.Start(m) + bands.Bandwidth * (s + 0.5) / series.Count;
                svg.OpenGroup("ci", DataAttribute.Of("low", e.Low), DataAttribute.Of("high", e.High));
                svg.Line(x, y.Map(e.Low), x, y.Map(e.High), "whisker", ink);
                svg.CloseGroup();
                svg.Circle(x, y.Map(e.Mean), PointRadius, "point", Paint.Filled(colour),
                    DataAttribute.Of("month", months[m]), DataAttribute.Of("mean", e.Mean));
            }
            svg.CloseGroup();
        }
        xAxis.Draw(svg, plot);
        LinearAxis.Draw(svg, plot, y, data.YAxis, AxisPosition.Left);
        legend.Draw(svg, plot);
        if (data.Target is { } target)
        {
            svg.OpenGroup("target", DataAttribute.Of("value", target));
            svg.Line(plot.Left, y.Map(target), plot.Right, y.Map(target), "target-line", Paint.Stroked(Palette.Black, 1.5, "6 3"));
            svg.CloseGroup();
        }
        if (months.Count == 0)
        {
            canvas.Message("No months");
        }

        return canvas.Finish();
    }

    private static void Validate(MonthlyIntervalData data)
    {
        ChartArguments.NotNull(data, nameof(data));
        ChartArguments.NotNull(data.Title, nameof(data.Title));
        ChartArguments.Items(data.Months, nameof(data.Months));
        ChartArguments.Items(data.Series, nameof(data.Series));
        ChartArguments.NotNull(data.YAxis, nameof(data.YAxis));
        ChartArguments.Level(data.ConfidenceLevel, nameof(data.ConfidenceLevel));
        if (data.Target is { } target)
        {
            ChartArguments.Finite(target, nameof(data.Target));
        }

        foreach (var series in data.Series)
        {
            ChartArguments.NotNull(series.Label, nameof(series.Label));
            ChartArguments.NotNull(series.Estimates, nameof(series.Estimates));
            if (series.Estimates.Count != data.Months.Count)
            {
                throw new ArgumentException($"Series '{series.Label}' has {series.Estimates.Count} estimates for {data.Months.Count} " +
                    $"months.", nameof(data.Series));
            }

            foreach (var e in series.Estimates.OfType<IntervalEstimate>())
            {
                ChartArguments.Interval(e, series.Label, nameof(data.Series));
            }
        }
    }

    private static string Describe(MonthlyIntervalData data) =>
        data.Months.Count == 0
            ? "Chart by month with no months."
            : "Means by month with confidence intervals. " + string.Join("; ", data.Series.Select(s => $"{s.Label}: " + string.Join(", ",
                s.Estimates.Select((e, m) => e is null ? null : $"{data.Months[m]} {DisplayNumber.Format(e.Mean)}").OfType<string>()))) + "."
              + (data.Target is { } t ? $" Target {DisplayNumber.Format(t)}." : "");
}
