namespace Shortfall.Analysis.Charts;

/// <summary>The small sample drawn before a legend label, matching the mark it explains.</summary>
public enum LegendSwatch
{
    /// <summary>A filled square, for bars, boxes and bands.</summary>
    Box,

    /// <summary>A short horizontal line, for series lines.</summary>
    Line,

    /// <summary>A short vertical line, for event ticks.</summary>
    Tick,
}
