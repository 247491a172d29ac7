using Shortfall.Analysis.Statistics;

namespace Shortfall.Analysis.Running;

/// <summary>
/// Deliveries per destination-month: the mean over replications with its t interval (each
/// replication's mean is one independent observation), and the distribution of the individual
/// destination-months pooled over replications (quantiles of type 1, so always observed counts).
/// </summary>
public sealed record DeliveryDistribution(
    MeanEstimate Mean,
    int P05,
    int P25,
    int P50,
    int P75,
    int P95,
    IReadOnlyList<HistogramBin> Histogram);
