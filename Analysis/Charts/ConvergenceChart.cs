using ScottPlot;

namespace Shortfall.Analysis.Charts;

/// <summary>The running mean against replications inside its confidence band, with the final estimate marked
/// by a dot.</summary>
public static class ConvergenceChart
{
    /// <summary>The chart as a plot.</summary>
    /// <exception cref="ArgumentNullException">The data, its title, the points, a point or an axis title is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Replications are below 1 or not strictly increasing, a value is
    /// not finite, an interval does not contain its mean, or the confidence level is not strictly between 0 and 1.</exception>
    public static PlottedChart Plot(ConvergenceData data)
    {
        Validate(data);
        var points = data.Points;
        var plot = ChartStyle.NewPlot(data.Title, data.XAxis, data.YAxis);
        var look = ChartStyle.Series(0);
        var xs = points.Select(p => (double)p.Replications).ToArray();
        var band = plot.Add.FillY(xs, points.Select(p => p.High).ToArray(), points.Select(p => p.Low).ToArray());
        band.FillColor = ChartStyle.Series(5).Color.WithAlpha(0.35);
        band.LineWidth = 0;
        band.LegendText = $"{ChartStyle.Number(data.ConfidenceLevel * 100)}% confidence band";
        var mean = plot.Add.ScatterLine(xs, points.Select(p => p.Mean).ToArray(), look.Color);
        mean.LineWidth = 2;
        mean.LegendText = "running mean";
        if (points.Count > 0)
        {
            var last = plot.Add.Scatter(xs[^1], points[^1].Mean, look.Color);
            last.MarkerSize = 8;
            last.LegendText = "";
        }
        ChartStyle.Legend(plot);
        return new PlottedChart(plot, data.Title, Describe(data));
    }

    private static void Validate(ConvergenceData data)
    {
        ChartArguments.NotNull(data, nameof(data));
        ChartArguments.NotNull(data.Title, nameof(data.Title));
        ChartArguments.Items(data.Points, nameof(data.Points));
        ChartArguments.NotNull(data.XAxis, nameof(data.XAxis));
        ChartArguments.NotNull(data.YAxis, nameof(data.YAxis));
        ChartArguments.Level(data.ConfidenceLevel, nameof(data.ConfidenceLevel));
        for (var i = 0; i < data.Points.Count; i++)
        {
            var p = data.Points[i];
            var previous = i == 0 ? 0 : data.Points[i - 1].Replications;
            if (p.Replications <= previous)
            {
                throw new ArgumentOutOfRangeException(nameof(data.Points), p,
                    "Replications must be at least 1 and strictly increasing.");
            }
            ChartArguments.Finite(p.Mean, nameof(p.Mean));
            ChartArguments.Finite(p.Low, nameof(p.Low));
            ChartArguments.Finite(p.High, nameof(p.High));
            if (!(p.Low <= p.Mean && p.Mean <= p.High))
            {
                throw new ArgumentOutOfRangeException(nameof(data.Points), p, "A confidence interval must contain its mean.");
            }
        }
    }

    private static string Describe(ConvergenceData data)
    {
        if (data.Points.Count == 0)
        {
            return "Convergence plot with no replications.";
        }
        var last = data.Points[^1];
        return $"Running mean over {last.Replications} replications, ending at {ChartStyle.Interval(last.Mean, last.Low, last.High)}, " +
               $"with its {ChartStyle.Number(data.ConfidenceLevel * 100)}% confidence interval in parentheses.";
    }
}
