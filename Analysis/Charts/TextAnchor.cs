namespace Shortfall.Analysis.Charts;

/// <summary>Which point of a text line its x coordinate names (SVG <c>text-anchor</c>).</summary>
public enum TextAnchor
{
    /// <summary>x is where the text begins.</summary>
    Start,

    /// <summary>x is the middle of the text.</summary>
    Middle,

    /// <summary>x is where the text ends.</summary>
    End,
}
