namespace Shortfall.Analysis.Output.Documents;

/// <summary>Deliveries per destination-month: the mean over replications with its t interval, quantiles of the
/// pooled destination-months (type 1, so observed counts; absent from hand-written files) and their histogram.</summary>
public sealed record DeliveriesDocument : IIntervalDocument
{
    /// <inheritdoc/>
    public required double? Mean { get; init; }

    /// <inheritdoc/>
    public required double? CiLow { get; init; }

    /// <inheritdoc/>
    public required double? CiHigh { get; init; }

    /// <summary>The number of replications.</summary>
    public required long N { get; init; }

    /// <summary>The 5% quantile.</summary>
    public long? P05 { get; init; }

    /// <summary>The lower quartile.</summary>
    public long? P25 { get; init; }

    /// <summary>The median destination-month.</summary>
    public long? P50 { get; init; }

    /// <summary>The upper quartile.</summary>
    public long? P75 { get; init; }

    /// <summary>The 95% quantile.</summary>
    public long? P95 { get; init; }

    /// <summary>Destination-months by number of deliveries, ascending.</summary>
    public required IReadOnlyList<HistogramBinDocument> Histogram { get; init; }
}
