namespace Shortfall.Analysis.Charts;

/// <summary>Stacked bars of blocked hours: one stack per variant (group class "stack", <c>data-variant</c>),
/// one segment per cause (class "bar segment", <c>data-cause</c>, <c>data-hours</c>) coloured the same in every
/// stack, the total above each stack (class "total"), and a legend listing causes top of stack first.</summary>
public static class BlockedHoursChart
{
    /// <summary>Renders the chart as a standalone SVG document.</summary>
    /// <exception cref="ArgumentNullException">The data, its title, causes, a variant, a label, a values list or an axis title is null.</exception>
    /// <exception cref="ArgumentException">A variant has not exactly one value per cause.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative or not finite.</exception>
    public static string Render(BlockedHoursData data, ChartSize? size = null)
    {
        Validate(data);
        var (causes, variants) = (data.Causes, data.Variants);
        var totals = variants.Select(v => v.Values.Sum()).ToList();
        var yDomain = DataDomain.WithZero(totals);
        var chartSize = size ?? ChartSize.Default;
        var legend = new Legend(causes.Select((c, i) => new LegendEntry(c, Palette.Series(i), LegendSwatch.Box)).Reverse().ToList());
        var left = LinearAxis.LeftMargin(yDomain);
        var bands = BandAxis.Horizontal(variants.Select(v => v.Label).ToList(), left, chartSize.Width - legend.RightMargin, 0.3, chartSize);
        var xAxis = new BandAxis(bands, data.XAxis, AxisPosition.Bottom, chartSize);
        var margins = new Margins(FontSizes.Label + 6, legend.RightMargin, xAxis.Margin, bands.RangeStart);
        var canvas = new ChartCanvas(chartSize, data.Title, Describe(data, totals), null, margins);
        var (svg, plot) = (canvas.Svg, canvas.Plot);
        var y = new LinearScale(yDomain, plot.Bottom, plot.Top);

        LinearAxis.DrawGrid(svg, plot, y, AxisPosition.Left);
        for (var i = 0; i < variants.Count; i++)
        {
            svg.OpenGroup("stack", DataAttribute.Of("variant", variants[i].Label));
            var bottom = 0.0;
            for (var c = 0; c < causes.Count; c++)
            {
                var hours = variants[i].Values[c];
                svg.Rect(bands.Start(i), y.Map(bottom + hours), bands.Bandwidth, y.Map(bottom) - y.Map(bottom + hours), "bar segment",
                    Paint.Filled(Palette.Series(c)), DataAttribute.Of("cause", causes[c]), DataAttribute.Of("hours", hours));
                bottom += hours;
            }
            svg.Text(bands.Centre(i), y.Map(bottom) - 4, DisplayNumber.Format(bottom), "total",
                new TextStyle(FontSizes.Label, TextAnchor.Middle));
            svg.CloseGroup();
        }
        xAxis.Draw(svg, plot);
        LinearAxis.Draw(svg, plot, y, data.YAxis, AxisPosition.Left);
        legend.Draw(svg, plot);
        if (variants.Count == 0)
        {
            canvas.Message("No variants");
        }
        else if (totals.All(t => t == 0))
        {
            canvas.Message("No blocked hours");
        }
        return canvas.Finish();
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
                $"{v.Label}: {DisplayNumber.Format(totals[i])} in total (" +
                string.Join(", ", data.Causes.Select((c, k) => $"{c} {DisplayNumber.Format(v.Values[k])}")) + ")")) + ".";
}
