namespace Shortfall.Analysis.Charts;

/// <summary>Input of <see cref="MonthlyIntervalChart"/>: calendar months left to right, and one series of estimates per variant.</summary>
/// <param name="Title">Chart title and accessible name.</param>
/// <param name="Months">The month labels, left to right.</param>
/// <param name="Series">One series per variant, in legend order.</param>
public sealed record MonthlyIntervalData(string Title, IReadOnlyList<string> Months, IReadOnlyList<MonthlySeries> Series)
{
    /// <summary>A target drawn as a dashed horizontal line and named "target N" in the legend, or null for none.</summary>
    public double? Target { get; init; }

    /// <summary>The confidence level of the intervals, stated in the note; strictly between 0 and 1.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Title of the vertical (value) axis.</summary>
    public AxisTitle YAxis { get; init; } = new("Mean deliveries per destination", "count");
}
