namespace Shortfall.Analysis.Charts;

/// <summary>Font sizes in pixels shared by all charts, so a report reads as one document.</summary>
public static class FontSizes
{
    /// <summary>The chart title.</summary>
    public const double Title = 16;
    /// <summary>Axis titles.</summary>
    public const double AxisTitle = 12;
    /// <summary>Tick labels, legend entries, notes and mark labels.</summary>
    public const double Label = 11;
}
