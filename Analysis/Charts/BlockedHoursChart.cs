using ScottPlot;

namespace Shortfall.Analysis.Charts;

/// <summary>Stacked bars of blocked hours: one stack per variant, one segment per cause coloured the same in
/// every stack, the total in hours above each stack, and a legend listing causes top of stack first.</summary>
public static class BlockedHoursChart
{
    /// <summary>The chart as a plot.</summary>
    /// <exception cref="ArgumentNullException">The data, its title, causes, a variant, a label, a values list or an axis title is null.</exception>
    /// <exception cref="ArgumentException">A variant has not exactly one value per cause.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative or not finite.</exception>
    public static PlottedChart Plot(BlockedHoursData data)
    {
        Validate(data);
        var (causes, variants) = (data.Causes, data.Variants);
        var totals = variants.Select(v => v.Values.Sum()).ToList();
        var plot = ChartStyle.NewPlot(data.Title, data.XAxis, data.YAxis);
        // Causes added top of the stack first, so the legend lists them in the order they are seen.
        for (var c = causes.Count - 1; c >= 0; c--)
        {
            var color = ChartStyle.Series(c).Color;
            var cause = c;
            var bars = plot.Add.Bars(variants.Select((v, i) => new Bar
            {
                Position = i,
                ValueBase = v.Values.Take(cause).Sum(),
                Value = v.Values.Take(cause + 1).Sum(),
                Size = 0.6,
                FillColor = color,
                LineWidth = 0,
            }).ToArray());
            bars.LegendText = causes[c];
        }
        for (var i = 0; i < variants.Count; i++)
        {
            var total = plot.Add.Text(ChartStyle.Number(totals[i]) + " h", i, totals[i]);
            total.LabelAlignment = Alignment.LowerCenter;
            total.LabelFontSize = 11;
            total.LabelFontColor = ChartStyle.Ink;
            total.OffsetY = -2;
        }
        ChartStyle.Categories(plot, variants.Select(v => v.Label).ToArray(), ChartStyle.Wide(variants.Count));
        plot.Axes.Margins(bottom: 0, top: 0.12);
        ChartStyle.Legend(plot);
        return new PlottedChart(plot, data.Title, Describe(data, totals), ChartStyle.Wide(variants.Count));
    }

    private static void Validate(BlockedHoursData data)
    {
        ChartArguments.NotNull(data, nameof(data));
        ChartArguments.NotNull(data.Title, nameof(data.Title));
        ChartArguments.Items(data.Causes, nameof(data.Causes));
        ChartArguments.Items(data.Variants, nameof(data.Variants));
        ChartArguments.NotNull(data.XAxis, nameof(data.XAxis));
        ChartArguments.NotNull(data.YAxis, nameof(data.YAxis));
        foreach (var variant in data.Variants)
        {
            ChartArguments.NotNull(variant.Label, nameof(variant.Label));
            ChartArguments.NotNull(variant.Values, nameof(variant.Values));
            if (variant.Values.Count != data.Causes.Count)
            {
                throw new ArgumentException(
                    $"Variant '{variant.Label}' has {variant.Values.Count} values for {data.Causes.Count} causes.", nameof(data.Variants));
            }
            for (var c = 0; c < variant.Values.Count; c++)
            {
                ChartArguments.FiniteNonNegative(variant.Values[c], $"{variant.Label}.{data.Causes[c]}");
            }
        }
    }

    private static string Describe(BlockedHoursData data, IReadOnlyList<double> totals) =>
        data.Variants.Count == 0
            ? "Stacked bars of blocked hours with no variants."
            : "Blocked hours by cause. " + string.Join("; ", data.Variants.Select((v, i) =>
                $"{v.Label}: {ChartStyle.Number(totals[i])} in total (" +
                string.Join(", ", data.Causes.Select((c, k) => $"{c} {ChartStyle.Number(v.Values[k])}")) + ")")) + ".";
}
