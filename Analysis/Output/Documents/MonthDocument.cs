namespace Shortfall.Analysis.Output.Documents;

/// <summary>One calendar month over all replications: deliveries per destination open that month (each replication's
/// mean over them one observation), the share of its destination-months that received nothing at all, and each destination.</summary>
/// <param name="Month">yyyy-MM.</param>
/// <param name="Mean">The mean deliveries per destination open that month.</param>
/// <param name="CiLow">The lower limit; null from one replication.</param>
/// <param name="CiHigh">The upper limit; null from one replication.</param>
/// <param name="N">The number of replications.</param>
/// <param name="NoDeliveryShare">The share of the month's destination-months, pooled over replications, that received nothing at all.</param>
/// <param name="PerDestination">Each destination open that month.</param>
public sealed record MonthDocument(string Month, double? Mean, double? CiLow, double? CiHigh, long N, double NoDeliveryShare,
    IReadOnlyList<DestinationMonthDocument> PerDestination) : IIntervalDocument;
