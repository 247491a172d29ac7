namespace Shortfall.Analysis.Charts;

/// <summary>Input of <see cref="BlockedHoursChart"/>: hours that production was blocked, by cause, for each variant.</summary>
/// <param name="Title">Chart title and accessible name.</param>
/// <param name="Causes">The causes in stacking order (bottom first).</param>
/// <param name="Variants">One bar per variant, each with one value in hours per cause; may be empty.</param>
public sealed record BlockedHoursData(string Title, IReadOnlyList<string> Causes, IReadOnlyList<StackedBar> Variants)
{
    /// <summary>Title of the horizontal (category) axis.</summary>
    public AxisTitle XAxis { get; init; } = new("Variant", null);

    /// <summary>Title of the vertical axis.</summary>
    public AxisTitle YAxis { get; init; } = new("Blocked production time", "hours");
}
