namespace Shortfall.Analysis.Charts;

/// <summary>Empirical cumulative distribution functions, one right-continuous step line (class "ecdf",
/// <c>data-variant</c>) per variant: at value v it stands at the share of that variant's observations that
/// are ≤ v, from 0 at the left edge of the axis to 1 at the right.</summary>
public static class EcdfChart
{
    /// <summary>Renders the chart as a standalone SVG document.</summary>
    /// <exception cref="ArgumentNullException">The data, its title, a variant, a name or values list, or an axis title is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is not finite.</exception>
    public static string Render(EcdfData data, ChartSize? size = null)
    {
        Validate(data);
        var variants = data.Variants;
        var xDomain = DataDomain.Spanning(variants.SelectMany(v => v.Values));
        var yDomain = NiceTicks.Covering(0, 1);
        var legend = new Legend(variants.Select((v, i) =>
            new LegendEntry(v.Values.Count == 0 ? v.Name + " (no data)" : v.Name, Palette.Series(i), LegendSwatch.Line)).ToList());
        var margins = new Margins(8, legend.RightMargin, LinearAxis.BottomMargin, LinearAxis.LeftMargin(yDomain));
        var canvas = new ChartCanvas(size ?? ChartSize.Default, data.Title, Describe(variants), null, margins);
        var (svg, plot) = (canvas.Svg, canvas.Plot);
        var x = new LinearScale(xDomain, plot.Left, plot.Right);
        var y = new LinearScale(yDomain, plot.Bottom, plot.Top);

        LinearAxis.DrawGrid(svg, plot, x, AxisPosition.Bottom);
        LinearAxis.DrawGrid(svg, plot, y, AxisPosition.Left);
        svg.OpenGroup("series");
        for (var i = 0; i < variants.Count; i++)
        {
            if (variants[i].Values.Count > 0)
            {
                svg.Polyline(Steps(variants[i].Values, x, y), "ecdf", Paint.Stroked(Palette.Series(i), 2),
                    DataAttribute.Of("variant", variants[i].Name));
            }
        }
        svg.CloseGroup();
        LinearAxis.Draw(svg, plot, x, data.XAxis, AxisPosition.Bottom);
        LinearAxis.Draw(svg, plot, y, data.YAxis, AxisPosition.Left);
        legend.Draw(svg, plot);
        if (variants.All(v => v.Values.Count == 0))
        {
            canvas.Message("No observations");
        }
        return canvas.Finish();
    }

    // Corner points of the step function: flat at the previous share up to each distinct value, then a
    // vertical rise by that value's share (ties rise together).
    private static List<(double X, double Y)> Steps(IReadOnlyList<double> values, LinearScale x, LinearScale y)
    {
        var sorted = values.Order().ToArray();
        var points = new List<(double X, double Y)> { (x.RangeStart, y.Map(0)) };
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i + 1 < sorted.Length && sorted[i + 1] == sorted[i])
            {
                continue;
            }
            var px = x.Map(sorted[i]);
            points.Add((px, points[^1].Y));
            points.Add((px, y.Map((i + 1.0) / sorted.Length)));
        }
        points.Add((x.RangeEnd, y.Map(1)));
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
                : $"{v.Name}: {v.Values.Count} observations, median {DisplayNumber.Format(Quantiles.Of(v.Values.Order().ToArray(), 0.5))}")) + ".";
}
