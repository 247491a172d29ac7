namespace Shortfall.Analysis.Charts;

/// <summary>A vertical list of swatches and labels (group class "legend", rows class "legend-entry"),
/// placed in the chart's right margin.</summary>
public sealed class Legend
{
    private const double SwatchSize = 12;
    private const double RowHeight = 18;
    private const double LabelOffset = SwatchSize + 6;
    private const double MarginGap = 16;
    private const int MaxLabelChars = 32;

    private readonly IReadOnlyList<LegendEntry> _entries;

    /// <summary>Creates the legend; an empty list gives a legend that takes no space and draws nothing.</summary>
    public Legend(IReadOnlyList<LegendEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _entries = entries;
    }

    /// <summary>The right margin a chart needs to hold this legend beside its plot.</summary>
    public double RightMargin => _entries.Count == 0
        ? MarginGap
        : MarginGap + LabelOffset + TextMetrics.MaxWidth(_entries.Select(e => Label(e)), FontSizes.Label) + MarginGap;

    /// <summary>Draws the legend with its top-left corner just right of the plot's top-right corner.</summary>
    public void Draw(SvgWriter svg, PlotArea plot)
    {
        if (_entries.Count == 0)
        {
            return;
        }
        var left = plot.Right + MarginGap;
        svg.OpenGroup("legend");
        for (var i = 0; i < _entries.Count; i++)
        {
            var entry = _entries[i];
            var middle = plot.Top + RowHeight * i + RowHeight / 2;
            svg.OpenGroup("legend-entry");
            switch (entry.Swatch)
            {
                case LegendSwatch.Box:
                    svg.Rect(left, middle - SwatchSize / 2, SwatchSize, SwatchSize, "swatch", Paint.Filled(entry.Colour, entry.Opacity));
                    break;
                case LegendSwatch.Line:
                    svg.Line(left, middle, left + SwatchSize, middle, "swatch", Paint.Stroked(entry.Colour, 2.5) with { Opacity = entry.Opacity });
                    break;
                case LegendSwatch.Tick:
                    svg.Line(left + SwatchSize / 2, middle - SwatchSize / 2, left + SwatchSize / 2, middle + SwatchSize / 2, "swatch",
                        Paint.Stroked(entry.Colour, 1.5) with { Opacity = entry.Opacity });
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(plot), entry.Swatch, "Unknown legend swatch.");
            }
            svg.Text(left + LabelOffset, middle, Label(entry), "legend-label", new TextStyle(FontSizes.Label, CentreVertically: true));
            svg.CloseGroup();
        }
        svg.CloseGroup();
    }

    private static string Label(LegendEntry entry) => TextMetrics.Shorten(entry.Label, MaxLabelChars);
}
