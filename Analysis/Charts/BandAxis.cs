namespace Shortfall.Analysis.Charts;

/// <summary>Draws a category axis: one label per band, shortened to a bounded length, and the axis title.
/// Bottom labels are rotated 35° when the widest does not fit its slot. The group is
/// <c>class="axis x band"</c> or <c>class="axis y band"</c>.</summary>
public static class BandAxis
{
    private const double RotationDegrees = 35;
    private const int MaxBottomChars = 28;
    private const int MaxLeftChars = 40;

    /// <summary>The left margin a vertical category axis with these labels needs.</summary>
    public static double LeftMargin(IEnumerable<string> categories) =>
        AxisMetrics.LeftMargin(LabelWidth(categories, AxisPosition.Left));

    /// <summary>A band scale for a bottom axis spanning from at least <paramref name="minimumLeft"/> to
    /// <paramref name="right"/>, starting further right if a rotated label would otherwise run off the
    /// chart's left edge.</summary>
    public static BandScale Horizontal(IReadOnlyList<string> categories, double minimumLeft, double right, double padding)
    {
        var scale = new BandScale(categories, minimumLeft, right, padding);
        if (categories.Count == 0 || !Rotated(scale))
        {
            return scale;
        }
        // Label i ends at its band's centre, left + (i + ½)(right − left)/n, and reaches left by its width
        // times cos(angle); solve for the smallest start that keeps every label on the chart.
        var (n, cos) = (categories.Count, Math.Cos(RotationDegrees * Math.PI / 180));
        var left = minimumLeft;
        for (var i = 0; i < n; i++)
        {
            var reach = LabelWidth([categories[i]], AxisPosition.Bottom) * cos + AxisMetrics.Edge;
            var share = (i + 0.5) / n;
            left = Math.Max(left, (reach - share * right) / (1 - share));
        }
        // Never give up more than half the width to labels; a chart too narrow for them clips instead.
        return new BandScale(categories, Math.Min(left, (minimumLeft + right) / 2), right, padding);
    }

    /// <summary>The bottom margin a horizontal category axis over <paramref name="scale"/> needs, including rotated labels.</summary>
    public static double BottomMargin(BandScale scale)
    {
        if (!Rotated(scale))
        {
            return AxisMetrics.BottomMargin;
        }
        var radians = RotationDegrees * Math.PI / 180;
        var labelDepth = LabelWidth(scale.Categories, AxisPosition.Bottom) * Math.Sin(radians) + FontSizes.Label * Math.Cos(radians);
        return AxisMetrics.TickLength + AxisMetrics.Gap + labelDepth + AxisMetrics.Gap + 2 + FontSizes.AxisTitle + AxisMetrics.Edge;
    }

    /// <summary>Draws the axis for <paramref name="scale"/> on the given side of <paramref name="plot"/>.</summary>
    public static void Draw(SvgWriter svg, PlotArea plot, BandScale scale, AxisTitle title, AxisPosition position)
    {
        var ink = Paint.Stroked(Palette.Ink);
        var axisTitle = new TextStyle(FontSizes.AxisTitle, TextAnchor.Middle, Rotation: position == AxisPosition.Left ? -90 : 0);
        svg.OpenGroup(position == AxisPosition.Bottom ? "axis x band" : "axis y band");
        if (position == AxisPosition.Bottom)
        {
            var rotated = Rotated(scale);
            var label = rotated
                ? new TextStyle(FontSizes.Label, TextAnchor.End, Rotation: -RotationDegrees)
                : new TextStyle(FontSizes.Label, TextAnchor.Middle);
            var labelY = plot.Bottom + (rotated ? AxisMetrics.TickLength + AxisMetrics.Gap + FontSizes.Label * 0.5 : AxisMetrics.BottomLabelBaseline);
            svg.Line(plot.Left, plot.Bottom, plot.Right, plot.Bottom, "domain", ink);
            for (var i = 0; i < scale.Categories.Count; i++)
            {
                var x = scale.Centre(i);
                svg.Line(x, plot.Bottom, x, plot.Bottom + AxisMetrics.TickLength, "tick", ink);
                svg.Text(x, labelY, Shorten(scale.Categories[i], position), "tick-label", label);
            }
            var titleY = plot.Bottom + BottomMargin(scale) - AxisMetrics.Edge;
            svg.Text(plot.CentreX, titleY, title.Text, "axis-title", axisTitle);
        }
        else
        {
            var label = new TextStyle(FontSizes.Label, TextAnchor.End, CentreVertically: true);
            svg.Line(plot.Left, plot.Top, plot.Left, plot.Bottom, "domain", ink);
            for (var i = 0; i < scale.Categories.Count; i++)
            {
                var y = scale.Centre(i);
                svg.Line(plot.Left - AxisMetrics.TickLength, y, plot.Left, y, "tick", ink);
                svg.Text(plot.Left - AxisMetrics.TickLength - AxisMetrics.Gap, y, Shorten(scale.Categories[i], position), "tick-label", label);
            }
            svg.Text(AxisMetrics.LeftTitleBaseline(plot, LabelWidth(scale.Categories, position)), plot.CentreY, title.Text, "axis-title", axisTitle);
        }
        svg.CloseGroup();
    }

    private static bool Rotated(BandScale scale) =>
        LabelWidth(scale.Categories, AxisPosition.Bottom) > scale.Slot - AxisMetrics.Gap;

    private static double LabelWidth(IEnumerable<string> categories, AxisPosition position) =>
        TextMetrics.MaxWidth(categories.Select(c => Shorten(c, position)), FontSizes.Label);

    private static string Shorten(string category, AxisPosition position) =>
        TextMetrics.Shorten(category, position == AxisPosition.Bottom ? MaxBottomChars : MaxLeftChars);
}
