namespace Shortfall.Analysis.Charts;

/// <summary>Draws the chart's visible title and an optional one-line note below it (for example how
/// whiskers are defined), left-aligned at the top of the chart.</summary>
public static class ChartTitle
{
    private const double Inset = 12;
    private const double LineGap = 6;

    /// <summary>The vertical space the title block takes, including the gap to the plot.</summary>
    public static double Height(string? note) =>
        Inset + FontSizes.Title + (note is null ? 0 : LineGap + FontSizes.Label) + 2 * LineGap;

    /// <summary>Draws <paramref name="title"/> (class "chart-title") and <paramref name="note"/> (class "chart-note").</summary>
    public static void Draw(SvgWriter svg, string title, string? note)
    {
        var titleBaseline = Inset + FontSizes.Title * 0.8;
        svg.Text(Inset, titleBaseline, title, "chart-title", new TextStyle(FontSizes.Title, Bold: true));
        if (note is not null)
        {
            svg.Text(Inset, titleBaseline + LineGap + FontSizes.Label, note, "chart-note",
                new TextStyle(FontSizes.Label, Colour: Palette.Muted));
        }
    }
}
