namespace Shortfall.Analysis.Charts;

/// <summary>Input of <see cref="IntervalBarChart"/>: one estimate per category, in display order.</summary>
/// <param name="Title">Chart title and accessible name.</param>
/// <param name="Estimates">The estimates, left to right; may be empty.</param>
public sealed record IntervalBarData(string Title, IReadOnlyList<IntervalEstimate> Estimates)
{
    /// <summary>A target drawn as a horizontal line labelled "target N", or null for none.</summary>
    public double? Target { get; init; }

    /// <summary>The confidence level of the intervals, stated in the note; strictly between 0 and 1.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Title of the horizontal (category) axis.</summary>
    public AxisTitle XAxis { get; init; } = new("Destination", null);

    /// <summary>Title of the vertical (value) axis.</summary>
    public AxisTitle YAxis { get; init; } = new("Mean deliveries per month", "count");
}
