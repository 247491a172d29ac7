namespace Shortfall.Analysis.Charts;

/// <summary>Input of <see cref="HistogramChart"/>: integer counts, one per observation, typically the
/// deliveries a destination received in one month of one replication.</summary>
/// <param name="Title">Chart title and accessible name.</param>
/// <param name="Observations">The counts, whole numbers; may be empty.</param>
public sealed record HistogramData(string Title, Sample Observations)
{
    /// <summary>A policy target drawn as a vertical line labelled "target N", or null for none.</summary>
    public double? Target { get; init; }

    /// <summary>Title of the horizontal axis.</summary>
    public AxisTitle XAxis { get; init; } = new("Deliveries per destination-month", "count");

    /// <summary>Title of the vertical axis.</summary>
    public AxisTitle YAxis { get; init; } = new("Destination-months", "count");
}
