namespace Shortfall.Analysis.Reports;

/// <summary>Deliveries per destination-month of one variant: the mean over replications and the pooled histogram.</summary>
/// <param name="Mean">The mean with its interval.</param>
/// <param name="Median">The median destination-month's deliveries; null in results written before it was recorded.</param>
/// <param name="Histogram">Destination-months by number of deliveries, as (deliveries, count), ascending.</param>
public sealed record DeliveryDistributionResult(Estimate Mean, long? Median, IReadOnlyList<(int Deliveries, long Count)> Histogram);
