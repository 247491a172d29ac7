namespace Shortfall.Analysis.Charts;

/// <summary>A tornado chart: one row per parameter (group class "effect", <c>data-parameter</c>), sorted by
/// swing, largest at the top, ties in input order. Each row has a bar from the baseline to the measure at the
/// parameter's low end (class "bar low") and one to its high end (class "bar high"); a dashed vertical line
/// (class "baseline-line") marks the baseline.</summary>
public static class TornadoChart
{
    /// <summary>Renders the chart as a standalone SVG document.</summary>
    /// <exception cref="ArgumentNullException">The data, its title, the effects, an effect, a name or an axis title is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The baseline or an effect is not finite.</exception>
    public static string Render(TornadoData data, ChartSize? size = null)
    {
        Validate(data);
        var effects = Sorted(data.Effects);
        var xDomain = DataDomain.Spanning(effects.SelectMany(e => new[] { e.AtLow, e.AtHigh }).Append(data.Baseline));
        var legend = new Legend([new("at low end", Palette.Orange, LegendSwatch.Box), new("at high end", Palette.Blue, LegendSwatch.Box)]);
        var chartSize = size ?? ChartSize.Default;
        var names = effects.Select(e => e.Parameter).ToList();
        var margins = new Margins(ReferenceLine.TopMargin, legend.RightMargin, LinearAxis.BottomMargin, BandAxis.LeftMargin(names, chartSize));
        var canvas = new ChartCanvas(chartSize, data.Title, Describe(data.Baseline, effects), null, margins);
        var (svg, plot) = (canvas.Svg, canvas.Plot);
        var x = new LinearScale(xDomain, plot.Left, plot.Right);
        var rows = new BandScale(names, plot.Top, plot.Bottom, 0.35);
        var yAxis = new BandAxis(rows, data.YAxis, AxisPosition.Left, chartSize);

        LinearAxis.DrawGrid(svg, plot, x, AxisPosition.Bottom);
        var origin = x.Map(data.Baseline);
        for (var i = 0; i < effects.Count; i++)
        {
            var e = effects[i];
            svg.OpenGroup("effect", DataAttribute.Of("parameter", e.Parameter), DataAttribute.Of("swing", e.Swing));
            // Low and high may fall on the same side of the baseline; half-height bars keep both visible then.
            var half = rows.Bandwidth / 2;
            svg.Rect(origin, rows.Start(i), x.Map(e.AtLow) - origin, half, "bar low", Paint.Filled(Palette.Orange),
                DataAttribute.Of("value", e.AtLow));
            svg.Rect(origin, rows.Start(i) + half, x.Map(e.AtHigh) - origin, half, "bar high", Paint.Filled(Palette.Blue),
                DataAttribute.Of("value", e.AtHigh));
            svg.CloseGroup();
        }
        LinearAxis.Draw(svg, plot, x, data.XAxis, AxisPosition.Bottom);
        yAxis.Draw(svg, plot);
        ReferenceLine.Vertical(svg, plot, origin, "baseline " + DisplayNumber.Format(data.Baseline), "baseline", data.Baseline);
        legend.Draw(svg, plot);
        if (effects.Count == 0)
        {
            canvas.Message("No parameters");
        }
        return canvas.Finish();
    }

    /// <summary>The effects by decreasing swing; equal swings keep their input order.</summary>
    public static IReadOnlyList<SensitivityEffect> Sorted(IReadOnlyList<SensitivityEffect> effects) =>
        effects.OrderByDescending(e => e.Swing).ToList();

    private static void Validate(TornadoData data)
    {
        ChartArguments.NotNull(data, nameof(data));
        ChartArguments.NotNull(data.Title, nameof(data.Title));
        ChartArguments.Items(data.Effects, nameof(data.Effects));
        ChartArguments.NotNull(data.XAxis, nameof(data.XAxis));
        ChartArguments.NotNull(data.YAxis, nameof(data.YAxis));
        ChartArguments.Finite(data.Baseline, nameof(data.Baseline));
        foreach (var e in data.Effects)
        {
            ChartArguments.NotNull(e.Parameter, nameof(e.Parameter));
            ChartArguments.Finite(e.AtLow, $"{e.Parameter}.{nameof(e.AtLow)}");
            ChartArguments.Finite(e.AtHigh, $"{e.Parameter}.{nameof(e.AtHigh)}");
        }
    }

    private static string Describe(double baseline, IReadOnlyList<SensitivityEffect> effects) =>
        $"Sensitivity around a baseline of {DisplayNumber.Format(baseline)}, largest swing first. " +
        (effects.Count == 0
            ? "No parameters."
            : string.Join("; ", effects.Select(e =>
                $"{e.Parameter}: {DisplayNumber.Format(e.AtLow)} at low, {DisplayNumber.Format(e.AtHigh)} at high")) + ".");
}
