namespace Shortfall.Analysis.Charts;

/// <summary>Pixel distances shared by the axis drawers and the margin calculations that make room for them.</summary>
internal static class AxisMetrics
{
    /// <summary>Length of a tick mark outside the plot.</summary>
    public const double TickLength = 5;

    /// <summary>Space between a tick mark and its label, and between labels and the axis title.</summary>
    public const double Gap = 4;

    /// <summary>Space between an axis title and the chart's edge.</summary>
    public const double Edge = 8;

    /// <summary>Offset from the plot's bottom edge to the baseline of unrotated tick labels.</summary>
    public const double BottomLabelBaseline = TickLength + Gap + FontSizes.Label * 0.8;

    /// <summary>Offset from the plot's bottom edge to the baseline of the axis title below unrotated labels.</summary>
    public const double BottomTitleBaseline = BottomLabelBaseline + Gap + 2 + FontSizes.AxisTitle;

    /// <summary>The bottom margin that fits unrotated tick labels and the axis title.</summary>
    public const double BottomMargin = BottomTitleBaseline + Edge;

    /// <summary>The left margin that fits labels of width <paramref name="labelWidth"/> and a rotated axis title.</summary>
    public static double LeftMargin(double labelWidth) => TickLength + Gap + labelWidth + Gap + 2 + FontSizes.AxisTitle + Edge;

    /// <summary>The x of the rotated axis title's baseline for labels of width <paramref name="labelWidth"/>.</summary>
    public static double LeftTitleBaseline(PlotArea plot, double labelWidth) =>
        plot.Left - TickLength - Gap - labelWidth - Gap - 2;
}
