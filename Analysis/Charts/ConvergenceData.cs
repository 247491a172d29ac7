namespace Shortfall.Analysis.Charts;

/// <summary>Input of <see cref="ConvergenceChart"/>: the running mean and its confidence interval as replications accumulate.</summary>
/// <param name="Title">Chart title and accessible name.</param>
/// <param name="Points">Estimates in strictly increasing order of replications; may be empty.</param>
public sealed record ConvergenceData(string Title, IReadOnlyList<ConvergencePoint> Points)
{
    /// <summary>The confidence level of the band, stated in the legend; strictly between 0 and 1.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Title of the horizontal axis.</summary>
    public AxisTitle XAxis { get; init; } = new("Replications", "count");

    /// <summary>Title of the vertical axis.</summary>
    public AxisTitle YAxis { get; init; } = new("Running mean deliveries per destination-month", "count");
}
