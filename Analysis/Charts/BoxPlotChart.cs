using ScottPlot;

namespace Shortfall.Analysis.Charts;

/// <summary>One box plot per variant: a box from Q1 to Q3, a line at the median, whiskers per
/// <see cref="BoxPlotData.Whiskers"/> (stated in the description), and for Tukey whiskers the outliers as dots.
/// A variant without values is labelled "(no data)" in its slot.</summary>
public static class BoxPlotChart
{
    /// <summary>The chart as a plot.</summary>
    /// <exception cref="ArgumentNullException">The data, its title, a variant, a name or values list, or an axis title is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is not finite, or the whisker rule is unknown.</exception>
    public static PlottedChart Plot(BoxPlotData data)
    {
        Validate(data);
        var variants = data.Variants;
        var summaries = variants.Select(v => v.Values.Count == 0 ? null : BoxSummary.Of(v.Values, data.Whiskers)).ToList();
        var plot = ChartStyle.NewPlot(data.Title, data.XAxis, data.YAxis);
        for (var i = 0; i < variants.Count; i++)
        {
            if (summaries[i] is not { } s)
            {
                continue;
            }
            var color = ChartStyle.Series(i).Color;
            var box = plot.Add.Box(new Box
            {
                Position = i,
                BoxMin = s.Q1,
                BoxMax = s.Q3,
                BoxMiddle = s.Median,
                WhiskerMin = s.WhiskerLow,
                WhiskerMax = s.WhiskerHigh,
                Width = 0.5,
                FillColor = color.WithAlpha(0.35),
                LineColor = color.Darken(0.3),
                LineWidth = 1.5f,
            });
            box.LegendText = "";
            if (s.Outliers.Count > 0)
            {
                var dots = plot.Add.Scatter(s.Outliers.Select(_ => (double)i).ToArray(), s.Outliers.ToArray(), color);
                dots.LineWidth = 0;
                dots.MarkerSize = 5;
            }
        }
        ChartStyle.Categories(plot, variants.Select(v => v.Values.Count == 0 ? v.Name + " (no data)" : v.Name).ToArray(), ChartStyle.Wide(variants.Count));
        var note = BoxSummary.Explain(data.Whiskers);
        return new PlottedChart(plot, data.Title, Describe(variants, summaries) + " " + note, ChartStyle.Wide(variants.Count));
    }


    private static void Validate(BoxPlotData data)
    {
        ChartArguments.NotNull(data, nameof(data));
        ChartArguments.NotNull(data.Title, nameof(data.Title));
        ChartArguments.Items(data.Variants, nameof(data.Variants));
        ChartArguments.NotNull(data.XAxis, nameof(data.XAxis));
        ChartArguments.NotNull(data.YAxis, nameof(data.YAxis));
        if (!Enum.IsDefined(data.Whiskers))
        {
            throw new ArgumentOutOfRangeException(nameof(data.Whiskers), data.Whiskers, "Unknown whisker rule.");
        }
        foreach (var variant in data.Variants)
        {
            SampleArguments.Validate(variant);
        }
    }

    private static string Describe(IReadOnlyList<NamedSample> variants, IReadOnlyList<BoxSummary?> summaries) =>
        variants.Count == 0
            ? "Box plots with no variants."
            : "Box plots. " + string.Join("; ", variants.Select((v, i) => summaries[i] is { } s
                ? $"{v.Name}: median {ChartStyle.Number(s.Median)}, quartiles {ChartStyle.Number(s.Q1)} to {ChartStyle.Number(s.Q3)}"
                : $"{v.Name}: no observations")) + ".";
}
