namespace Shortfall.Analysis.Charts;

/// <summary>A dashed line across the whole plot at one data value, such as a policy target or a baseline,
/// with a label outside the plot: above it for a vertical line, right of it for a horizontal one.
/// The group has class <c>kind</c>, the line <c>kind-line</c> and the label <c>kind-label</c>.</summary>
public static class ReferenceLine
{
    /// <summary>The extra top margin a vertical line's label needs above the plot.</summary>
    public const double TopMargin = FontSizes.Label + 6;

    /// <summary>The right margin a horizontal line's label needs.</summary>
    public static double RightMargin(string label) => 6 + TextMetrics.Width(label, FontSizes.Label) + 10;

    /// <summary>Draws a vertical line at pixel <paramref name="x"/> labelled above the plot; the label is
    /// right-aligned when centring it would run past the plot's right edge.</summary>
    public static void Vertical(SvgWriter svg, PlotArea plot, double x, string label, string kind, double value)
    {
        svg.OpenGroup(kind, DataAttribute.Of("value", value));
        svg.Line(x, plot.Top, x, plot.Bottom, kind + "-line", Paint.Stroked(Palette.Black, 1.5, "6 3"));
        var half = TextMetrics.Width(label, FontSizes.Label) / 2;
        var anchor = x + half > plot.Right ? TextAnchor.End : x - half < plot.Left ? TextAnchor.Start : TextAnchor.Middle;
        var labelX = anchor == TextAnchor.End ? Math.Max(x, plot.Left) : anchor == TextAnchor.Start ? Math.Min(x, plot.Right) : x;
        svg.Text(labelX, plot.Top - 5, label, kind + "-label", new TextStyle(FontSizes.Label, anchor));
        svg.CloseGroup();
    }

    /// <summary>Draws a horizontal line at pixel <paramref name="y"/> labelled in the right margin.</summary>
    public static void Horizontal(SvgWriter svg, PlotArea plot, double y, string label, string kind, double value)
    {
        svg.OpenGroup(kind, DataAttribute.Of("value", value));
        svg.Line(plot.Left, y, plot.Right, y, kind + "-line", Paint.Stroked(Palette.Black, 1.5, "6 3"));
        svg.Text(plot.Right + 6, y, label, kind + "-label", new TextStyle(FontSizes.Label, CentreVertically: true));
        svg.CloseGroup();
    }
}
