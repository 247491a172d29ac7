using ScottPlot;

namespace Shortfall.Analysis.Charts;

/// <summary>Empirical cumulative distribution functions, one right-continuous step line per variant: at value v it
/// stands at the share of that variant's observations that are ≤ v, from 0 at the left edge of the axis to 1 at the right.</summary>
public static class EcdfChart
{
    /// <summary>The chart as a plot.</summary>
    /// <exception cref="ArgumentNullException">The data, its title, a variant, a name or values list, or an axis title is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is not finite.</exception>
    public static PlottedChart Plot(EcdfData data)
    {
        Validate(data);
        var variants = data.Variants;
        var plot = ChartStyle.NewPlot(data.Title, data.XAxis, data.YAxis);
        var present = variants.Select(v => v.Values).Where(v => v.Count > 0).ToArray();
        var (from, to) = present.Length == 0 ? (0.0, 1.0) : (present.Min(v => v.Minimum), present.Max(v => v.Maximum));
        for (var i = 0; i < variants.Count; i++)
        {
            var look = ChartStyle.Series(i);
            var points = variants[i].Values.Count == 0 ? [] : Steps(variants[i].Values, from, to);
            var line = plot.Add.ScatterLine(points.Select(p => p.X).ToArray(), points.Select(p => p.Y).ToArray(), look.Color);
            line.LineWidth = 2;
            line.LinePattern = look.Pattern;
            line.LegendText = variants[i].Values.Count == 0 ? variants[i].Name + " (no data)" : variants[i].Name;
        }
        plot.Axes.SetLimitsY(0, 1.02);
        ChartStyle.Legend(plot);
        return new PlottedChart(plot, data.Title, Describe(variants), ChartStyle.Wide(variants.Count));
    }

    // Corner points of the step function, from the left edge at 0 to the right edge at 1: flat at the
    // previous share up to each distinct value, then a vertical rise by that value's share (ties rise together).
    private static List<(double X, double Y)> Steps(Sample values, double from, double to)
    {
        var points = new List<(double X, double Y)> { (from, 0) };
        for (var i = 0; i < values.Values.Count; i++)
        {
            points.Add((values.Values[i], points[^1].Y));
            points.Add((values.Values[i], (double)values.CountUpTo(i) / values.Count));
        }
        points.Add((to, 1));
        return points;
    }

    private static void Validate(EcdfData data)
    {
        ChartArguments.NotNull(data, nameof(data));
        ChartArguments.NotNull(data.Title, nameof(data.Title));
        ChartArguments.Items(data.Variants, nameof(data.Variants));
        ChartArguments.NotNull(data.XAxis, nameof(data.XAxis));
        ChartArguments.NotNull(data.YAxis, nameof(data.YAxis));
        foreach (var variant in data.Variants)
        {
            SampleArguments.Validate(variant);
        }
    }

    private static string Describe(IReadOnlyList<NamedSample> variants) =>
        variants.Count == 0
            ? "Empirical distribution functions with no variants."
            : "Empirical distribution functions of " + string.Join("; ", variants.Select(v => v.Values.Count == 0
                ? $"{v.Name}: no observations"
                : $"{v.Name}: {v.Values.Count} observations, median {ChartStyle.Number(Quantiles.Of(v.Values, 0.5))}")) + ".";
}
