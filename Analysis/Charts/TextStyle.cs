namespace Shortfall.Analysis.Charts;

/// <summary>How a text label is drawn.</summary>
/// <param name="Size">Font size in pixels.</param>
/// <param name="Anchor">Horizontal alignment about the x coordinate.</param>
/// <param name="Colour">Text colour.</param>
/// <param name="Bold">Whether the text is bold.</param>
/// <param name="Rotation">Clockwise rotation in degrees about the anchor point (-90 reads bottom to top).</param>
/// <param name="CentreVertically">If true the y coordinate is the middle of the text, not its baseline.</param>
public readonly record struct TextStyle(
    double Size,
    TextAnchor Anchor = TextAnchor.Start,
    string Colour = Palette.Ink,
    bool Bold = false,
    double Rotation = 0,
    bool CentreVertically = false);
