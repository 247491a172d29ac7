namespace Shortfall.Analysis.Charts;

/// <summary>Draws an axis title (class "axis-title") centred along its axis, shortened with an ellipsis if
/// it is longer than the axis, so it never runs into the chart title or off the chart.</summary>
internal static class AxisTitleText
{
    public static void Draw(SvgWriter svg, double x, double y, AxisTitle title, double axisLength, bool rotated) =>
        svg.Text(x, y, TextMetrics.Fit(title.Text, axisLength, FontSizes.AxisTitle), "axis-title",
            new TextStyle(FontSizes.AxisTitle, TextAnchor.Middle, Rotation: rotated ? -90 : 0));
}
