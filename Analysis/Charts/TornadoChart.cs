using ScottPlot;

namespace Shortfall.Analysis.Charts;

/// <summary>A tornado chart: one row per parameter, sorted by swing, largest at the top, ties in input order.
/// Each row has a bar from the baseline to the measure at the parameter's low end and one to its high end; a
/// dashed vertical line marks the baseline.</summary>
public static class TornadoChart
{
    /// <summary>The chart as a plot.</summary>
    /// <exception cref="ArgumentNullException">The data, its title, the effects, an effect, a name or an axis title is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The baseline or an effect is not finite.</exception>
    public static PlottedChart Plot(TornadoData data)
    {
        Validate(data);
        var effects = Sorted(data.Effects);
        var plot = ChartStyle.NewPlot(data.Title, data.XAxis, data.YAxis);
        var rows = effects.Count;
        // Low and high may fall on the same side of the baseline; half-height bars keep both visible then.
        foreach (var (name, high, look) in new[] { ("at low end", false, ChartStyle.Series(1)), ("at high end", true, ChartStyle.Series(0)) })
        {
            var bars = plot.Add.Bars(effects.Select((e, i) => new Bar
            {
                Position = rows - 1 - i + (high ? -0.17 : 0.17),
                ValueBase = data.Baseline,
                Value = high ? e.AtHigh : e.AtLow,
                Size = 0.34,
                FillColor = look.Color,
                LineWidth = 0,
            }).ToArray());
            bars.Horizontal = true;
            bars.LegendText = name;
        }
        ChartStyle.ReferenceLine(plot, data.Baseline, vertical: true, "baseline " + ChartStyle.Number(data.Baseline));
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            effects.Select((_, i) => (double)(rows - 1 - i)).ToArray(), effects.Select(e => e.Parameter).ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Grid.YAxisStyle.IsVisible = false;
        plot.Axes.SetLimitsY(-0.6, Math.Max(rows, 1) - 0.4);
        ChartStyle.Legend(plot);
        return new PlottedChart(plot, data.Title, Describe(data.Baseline, effects), ChartStyle.Width, Math.Max(ChartStyle.Height, 140 + 44 * rows));
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
        $"Sensitivity around a baseline of {ChartStyle.Number(baseline)}, largest swing first. " +
        (effects.Count == 0
            ? "No parameters."
            : string.Join("; ", effects.Select(e =>
                $"{e.Parameter}: {ChartStyle.Number(e.AtLow)} at low, {ChartStyle.Number(e.AtHigh)} at high")) + ".");
}
