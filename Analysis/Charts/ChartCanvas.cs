namespace Shortfall.Analysis.Charts;

/// <summary>The frame every chart shares: the SVG document with its accessible title and description, the
/// visible title and note, and the plot area (a white rectangle with class "plot-area") placed inside the
/// given margins below the title block.</summary>
public sealed class ChartCanvas
{
    private bool _hasMessage;

    /// <summary>Starts the document and draws the title block and plot background.</summary>
    /// <param name="size">Outer size.</param>
    /// <param name="title">Visible title and accessible name.</param>
    /// <param name="description">Accessible description, summarising what the chart shows.</param>
    /// <param name="note">Optional line under the title, or null.</param>
    /// <param name="margins">Space around the plot; <see cref="Margins.Top"/> is counted below the title block.</param>
    /// <exception cref="ArgumentOutOfRangeException">The size is too small, or the margins leave less than
    /// 40 pixels of plot in either direction.</exception>
    public ChartCanvas(ChartSize size, string title, string description, string? note, Margins margins)
    {
        ArgumentNullException.ThrowIfNull(size);
        size.Validate();
        var top = ChartTitle.Height(note) + margins.Top;
        var plot = new PlotArea(margins.Left, top, size.Width - margins.Left - margins.Right, size.Height - top - margins.Bottom);
        if (!(plot.Width >= 40 && plot.Height >= 40))
        {
            throw new ArgumentOutOfRangeException(nameof(margins), margins,
                $"The margins leave a {plot.Width:0} × {plot.Height:0} pixel plot in a {size.Width} × {size.Height} chart; enlarge the chart.");
        }
        Plot = plot;
        Svg = new SvgWriter(size.Width, size.Height, title, description);
        Svg.Rect(0, 0, size.Width, size.Height, "background", Paint.Filled("#FFFFFF"));
        ChartTitle.Draw(Svg, title, note);
        Svg.Rect(plot.Left, plot.Top, plot.Width, plot.Height, "plot-area", new Paint(Fill: "#FFFFFF", Stroke: Palette.Grid));
    }

    /// <summary>The writer to draw marks, axes and legend with.</summary>
    public SvgWriter Svg { get; }

    /// <summary>Where data is drawn.</summary>
    public PlotArea Plot { get; }

    /// <summary>Writes a message centred in the plot (class "message"), used when there is nothing to draw.</summary>
    /// <exception cref="InvalidOperationException">A message was already written.</exception>
    public void Message(string text)
    {
        if (_hasMessage)
        {
            throw new InvalidOperationException("A chart shows at most one message.");
        }
        _hasMessage = true;
        Svg.Text(Plot.CentreX, Plot.CentreY, text, "message",
            new TextStyle(14, TextAnchor.Middle, Palette.Muted, CentreVertically: true));
    }

    /// <summary>Closes the document and returns the SVG text.</summary>
    public string Finish() => Svg.Finish();
}
