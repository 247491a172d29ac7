namespace Shortfall.Analysis.Charts;

/// <summary>The running mean against replications (polyline class "running-mean") inside its confidence
/// band (polygon class "ci-band"), with the final estimate marked by a dot (class "final-estimate").</summary>
public static class ConvergenceChart
{
    /// <summary>Renders the chart as a standalone SVG document.</summary>
    /// <exception cref="ArgumentNullException">The data, its title, the points, a point or an axis title is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Replications are below 1 or not strictly increasing, a value is
    /// not finite, an interval does not contain its mean, or the confidence level is not strictly between 0 and 1.</exception>
    public static string Render(ConvergenceData data, ChartSize? size = null)
    {
        Validate(data);
        var points = data.Points;
        var xDomain = points.Count == 0
            ? NiceTicks.Within(1, 10, NiceTicks.DefaultCount, minimumStep: 1)
            : NiceTicks.Within(points[0].Replications, points[^1].Replications, NiceTicks.DefaultCount, minimumStep: 1);
        var yDomain = DataDomain.Spanning(points.SelectMany(p => new[] { p.Low, p.High }));
        var band = new LegendEntry($"{DisplayNumber.Percent(data.ConfidenceLevel)} confidence band", Palette.SkyBlue, LegendSwatch.Box, 0.4);
        var legend = new Legend([new LegendEntry("running mean", Palette.Blue, LegendSwatch.Line), band]);
        var margins = new Margins(8, legend.RightMargin, LinearAxis.BottomMargin, LinearAxis.LeftMargin(yDomain));
        var canvas = new ChartCanvas(size ?? ChartSize.Default, data.Title, Describe(data), null, margins);
        var (svg, plot) = (canvas.Svg, canvas.Plot);
        var x = new LinearScale(xDomain, plot.Left, plot.Right);
        var y = new LinearScale(yDomain, plot.Bottom, plot.Top);

        LinearAxis.DrawGrid(svg, plot, y, AxisPosition.Left);
        if (points.Count > 0)
        {
            var upper = points.Select(p => (x.Map(p.Replications), y.Map(p.High)));
            var lower = points.Reverse().Select(p => (x.Map(p.Replications), y.Map(p.Low)));
            svg.Polygon(upper.Concat(lower), "ci-band", Paint.Filled(Palette.SkyBlue, 0.4));
            svg.Polyline(points.Select(p => (x.Map(p.Replications), y.Map(p.Mean))), "running-mean", Paint.Stroked(Palette.Blue, 2));
            var last = points[^1];
            svg.Circle(x.Map(last.Replications), y.Map(last.Mean), 3.5, "final-estimate", Paint.Filled(Palette.Blue),
                DataAttribute.Of("replications", last.Replications), DataAttribute.Of("mean", last.Mean));
        }
        LinearAxis.Draw(svg, plot, x, data.XAxis, AxisPosition.Bottom);
        LinearAxis.Draw(svg, plot, y, data.YAxis, AxisPosition.Left);
        legend.Draw(svg, plot);
        if (points.Count == 0)
        {
            canvas.Message("No replications");
        }
        return canvas.Finish();
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
        return $"Running mean over {last.Replications} replications, ending at {DisplayNumber.Format(last.Mean)} with a " +
               $"{DisplayNumber.Percent(data.ConfidenceLevel)} confidence interval from {DisplayNumber.Format(last.Low)} to {DisplayNumber.Format(last.High)}.";
    }
}
