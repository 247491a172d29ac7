namespace Shortfall.Analysis.Charts;

/// <summary>One box plot per variant (group class "variant", <c>data-variant</c>): a box (class "box") from
/// Q1 to Q3, the median (class "median"), whiskers (class "whisker") per <see cref="BoxPlotData.Whiskers"/>,
/// which the note under the title states, and for Tukey whiskers the outliers (class "outlier").
/// A variant without values shows "no data" in its slot.</summary>
public static class BoxPlotChart
{
    /// <summary>Renders the chart as a standalone SVG document.</summary>
    /// <exception cref="ArgumentNullException">The data, its title, a variant, a name or values list, or an axis title is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is not finite, or the whisker rule is unknown.</exception>
    public static string Render(BoxPlotData data, ChartSize? size = null)
    {
        Validate(data);
        var variants = data.Variants;
        var summaries = variants.Select(v => v.Values.Count == 0 ? null : BoxSummary.Of(v.Values, data.Whiskers)).ToList();
        var present = summaries.OfType<BoxSummary>().ToList();
        var yDomain = DataDomain.Spanning(present.SelectMany(s => s.Outliers.Append(s.WhiskerLow).Append(s.WhiskerHigh)));
        var chartSize = size ?? ChartSize.Default;
        var left = LinearAxis.LeftMargin(yDomain);
        const double right = 24;
        var bands = BandAxis.Horizontal(variants.Select(v => v.Name).ToList(), left, chartSize.Width - right, 0.4, chartSize);
        var xAxis = new BandAxis(bands, data.XAxis, AxisPosition.Bottom, chartSize);
        var margins = new Margins(8, right, xAxis.Margin, bands.RangeStart);
        var note = BoxSummary.Explain(data.Whiskers);
        var canvas = new ChartCanvas(chartSize, data.Title, Describe(variants, summaries) + " " + note, note, margins);
        var (svg, plot) = (canvas.Svg, canvas.Plot);
        var y = new LinearScale(yDomain, plot.Bottom, plot.Top);

        LinearAxis.DrawGrid(svg, plot, y, AxisPosition.Left);
        for (var i = 0; i < variants.Count; i++)
        {
            svg.OpenGroup("variant", DataAttribute.Of("variant", variants[i].Name));
            if (summaries[i] is { } summary)
            {
                DrawBox(svg, bands, i, y, summary, Palette.Series(i));
            }
            else
            {
                svg.Text(bands.Centre(i), plot.CentreY, "no data", "no-data",
                    new TextStyle(FontSizes.Label, TextAnchor.Middle, Palette.Muted, CentreVertically: true));
            }
            svg.CloseGroup();
        }
        xAxis.Draw(svg, plot);
        LinearAxis.Draw(svg, plot, y, data.YAxis, AxisPosition.Left);
        if (present.Count == 0)
        {
            canvas.Message(variants.Count == 0 ? "No variants" : "No observations");
        }
        return canvas.Finish();
    }

    private static void DrawBox(SvgWriter svg, BandScale bands, int index, LinearScale y, BoxSummary s, string colour)
    {
        var (left, width, centre) = (bands.Start(index), bands.Bandwidth, bands.Centre(index));
        var capHalf = width / 4;
        var ink = Paint.Stroked(Palette.Ink, 1.5);
        svg.Line(centre, y.Map(s.WhiskerLow), centre, y.Map(s.Q1), "whisker", ink, DataAttribute.Of("value", s.WhiskerLow));
        svg.Line(centre, y.Map(s.Q3), centre, y.Map(s.WhiskerHigh), "whisker", ink, DataAttribute.Of("value", s.WhiskerHigh));
        svg.Line(centre - capHalf, y.Map(s.WhiskerLow), centre + capHalf, y.Map(s.WhiskerLow), "whisker-cap", ink);
        svg.Line(centre - capHalf, y.Map(s.WhiskerHigh), centre + capHalf, y.Map(s.WhiskerHigh), "whisker-cap", ink);
        svg.Rect(left, y.Map(s.Q3), width, y.Map(s.Q1) - y.Map(s.Q3), "box",
            new Paint(Fill: colour, Stroke: Palette.Ink, StrokeWidth: 1.5),
            DataAttribute.Of("q1", s.Q1), DataAttribute.Of("q3", s.Q3));
        svg.Line(left, y.Map(s.Median), left + width, y.Map(s.Median), "median", Paint.Stroked(Palette.Ink, 3),
            DataAttribute.Of("value", s.Median));
        foreach (var outlier in s.Outliers)
        {
            svg.Circle(centre, y.Map(outlier), 2.5, "outlier", new Paint(Stroke: Palette.Ink), DataAttribute.Of("value", outlier));
        }
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
                ? $"{v.Name}: median {DisplayNumber.Format(s.Median)}, quartiles {DisplayNumber.Format(s.Q1)} to {DisplayNumber.Format(s.Q3)}"
                : $"{v.Name}: no observations")) + ".";
}
