using ScottPlot;

namespace Shortfall.Analysis.Charts;

/// <summary>Means by calendar month with confidence-interval whiskers, one series per variant side by side
/// within each month (each with its own colour and marker), a legend of the series, and an optional dashed
/// horizontal target line named in the legend.</summary>
public static class MonthlyIntervalChart
{
    /// <summary>The chart as a plot.</summary>
    /// <exception cref="ArgumentNullException">The data, its title, months, a series, its label or estimates, or the axis title is null.</exception>
    /// <exception cref="ArgumentException">A series has not exactly one entry per month.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value or the target is not finite, an interval does not contain its mean,
    /// or the confidence level is not strictly between 0 and 1.</exception>
    public static PlottedChart Plot(MonthlyIntervalData data)
    {
        Validate(data);
        var (months, series) = (data.Months, data.Series);
        var plot = ChartStyle.NewPlot(data.Title, new AxisTitle("Calendar month", null), data.YAxis);
        for (var s = 0; s < series.Count; s++)
        {
            var look = ChartStyle.Series(s);
            var present = Enumerable.Range(0, months.Count).Where(m => series[s].Estimates[m] is not null).ToArray();
            var estimates = present.Select(m => series[s].Estimates[m]!).ToArray();
            // Series side by side within each month, so their whiskers never overlap.
            var xs = present.Select(m => m - 0.35 + 0.7 * (s + 0.5) / series.Count).ToArray();
            var means = estimates.Select(e => e.Mean).ToArray();
            ChartStyle.Whiskers(plot, xs, means, estimates.Select(e => e.Low).ToArray(), estimates.Select(e => e.High).ToArray(), look.Color);
            var points = plot.Add.Scatter(xs, means, look.Color);
            points.LineWidth = 0;
            points.MarkerShape = look.Marker;
            points.MarkerSize = 7;
            points.LegendText = series[s].Label;
        }
        if (data.Target is { } target)
        {
            ChartStyle.ReferenceLine(plot, target, vertical: false, "target " + ChartStyle.Number(target));
        }
        ChartStyle.Categories(plot, months.Select(Calendar).ToArray(), ChartStyle.Wide(months.Count));
        plot.Axes.Margins(bottom: 0);
        ChartStyle.Legend(plot);
        var note = $"Points: mean; whiskers: {ChartStyle.Number(data.ConfidenceLevel * 100)}% confidence interval.";
        return new PlottedChart(plot, data.Title, Describe(data) + " " + note, ChartStyle.Wide(months.Count));
    }

    /// <summary>"2021-03" as "Mar 2021"; any other label as it is.</summary>
    public static string Calendar(string month) =>
        DateTime.TryParseExact(month, "yyyy-MM", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date.ToString("MMM yyyy", System.Globalization.CultureInfo.InvariantCulture)
            : month;

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
                s.Estimates.Select((e, m) => e is null ? null : $"{data.Months[m]} {ChartStyle.Number(e.Mean)}").OfType<string>()))) + "."
              + (data.Target is { } t ? $" Target {ChartStyle.Number(t)}." : "");
}
