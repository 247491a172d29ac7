using Shortfall.Analysis.Statistics;

namespace Shortfall.Analysis.Running;

/// <summary>One calendar month of the horizon over all replications: the pattern over the year that a yearly mean hides.</summary>
/// <param name="Month">The month, yyyy-MM.</param>
/// <param name="Deliveries">Deliveries per destination open that month: each replication's mean over those destinations is one observation, with the t
/// interval.</param>
/// <param name="NoDeliveryShare">The share of the month's destination-months, pooled over replications, that received nothing at all.</param>
/// <param name="Destinations">Each destination open that month, in the scenario's order.</param>
public sealed record MonthSummary(string Month, MeanEstimate Deliveries, double NoDeliveryShare, IReadOnlyList<DestinationMonthSummary> Destinations);
