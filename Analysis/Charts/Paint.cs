namespace Shortfall.Analysis.Charts;

/// <summary>How a shape is filled and stroked, written as SVG presentation attributes (not CSS, so
/// charts inlined into one HTML page cannot restyle each other).</summary>
/// <param name="Fill">Fill colour, or null for <c>fill="none"</c>.</param>
/// <param name="Stroke">Stroke colour, or null for no stroke.</param>
/// <param name="StrokeWidth">Stroke width in pixels; ignored without a stroke.</param>
/// <param name="Dash">An SVG <c>stroke-dasharray</c> such as "6 3", or null for a solid line.</param>
/// <param name="Opacity">Opacity from 0 to 1 applied to the whole shape.</param>
public readonly record struct Paint(
    string? Fill = null, string? Stroke = null, double StrokeWidth = 1, string? Dash = null, double Opacity = 1)
{
    /// <summary>A solid fill without outline.</summary>
    public static Paint Filled(string colour, double opacity = 1) => new(Fill: colour, Opacity: opacity);

    /// <summary>An unfilled stroke.</summary>
    public static Paint Stroked(string colour, double width = 1, string? dash = null) =>
        new(Stroke: colour, StrokeWidth: width, Dash: dash);
}
