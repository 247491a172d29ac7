using ScottPlot;
using SkiaSharp;

namespace Shortfall.Analysis.Charts;

/// <summary>
/// The one typeface of every chart, DejaVu Sans 2.37 (Bitstream Vera licence, which allows bundling; see
/// Fonts/LICENSE-DejaVu.txt), read from this assembly rather than found on the machine: ScottPlot lays text
/// out by measuring it, so a machine font would move labels and change the bytes of a chart from one machine
/// to the next. Bold and italic are asked of it too, so no other face is ever looked up.
/// </summary>
internal sealed class ChartFont : IFontResolver
{
    /// <summary>The family name the charts ask for, and the one the SVG names.</summary>
    public const string Family = "DejaVu Sans";

    private static readonly SKTypeface Typeface = Load();

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) => Typeface;

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) => Typeface;

    private static SKTypeface Load()
    {
        using var stream = typeof(ChartFont).Assembly.GetManifestResourceStream("Shortfall.Charts.DejaVuSans.ttf")
            ?? throw new InvalidOperationException("The chart font is missing from the assembly.");
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException("The chart font could not be read.");
    }
}
