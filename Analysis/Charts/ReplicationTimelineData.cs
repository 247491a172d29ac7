namespace Shortfall.Analysis.Charts;

/// <summary>Input of <see cref="ReplicationTimelineChart"/>: what happened over one replication. All times
/// are hours since the start of the run, within [0, <paramref name="HorizonHours"/>].</summary>
/// <param name="Title">Chart title and accessible name.</param>
/// <param name="HorizonHours">Length of the run in hours; positive.</param>
/// <param name="PowerOn">Periods when power was on, in any order; may be empty.</param>
/// <param name="Stocks">Stock level series; may be empty.</param>
/// <param name="DeliveryHours">Times of deliveries; may be empty.</param>
public sealed record ReplicationTimelineData(
    string Title,
    double HorizonHours,
    IReadOnlyList<TimeInterval> PowerOn,
    IReadOnlyList<StockSeries> Stocks,
    IReadOnlyList<double> DeliveryHours)
{
    /// <summary>The calendar time of hour 0, so the horizontal axis shows dates.</summary>
    public required DateTime Start { get; init; }

    /// <summary>Title of the horizontal axis, which is drawn in calendar dates.</summary>
    public AxisTitle XAxis { get; init; } = new("Date", null);

    /// <summary>Title of the vertical axis of stock levels; all stocks share it, so give them one unit.</summary>
    public AxisTitle YAxis { get; init; } = new("Stock level", "kg");
}
