namespace Shortfall.Analysis.Charts;

/// <summary>Which side of the plot area an axis is drawn on.</summary>
public enum AxisPosition
{
    /// <summary>Horizontal axis below the plot; values grow to the right.</summary>
    Bottom,

    /// <summary>Vertical axis left of the plot; linear values grow upward, bands run top to bottom.</summary>
    Left,
}
