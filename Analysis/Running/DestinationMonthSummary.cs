using Shortfall.Analysis.Statistics;

namespace Shortfall.Analysis.Running;

/// <summary>One destination in one calendar month over all replications.</summary>
/// <param name="Name">The destination's name.</param>
/// <param name="Deliveries">Its deliveries that month, one observation per replication, with the t interval.</param>
/// <param name="NoDeliveryShare">The share of replications in which it received nothing at all that month.</param>
public sealed record DestinationMonthSummary(string Name, MeanEstimate Deliveries, double NoDeliveryShare);
