namespace Shortfall.Analysis.Output.Documents;

/// <summary>One destination in one calendar month over all replications.</summary>
/// <param name="Name">The destination's name.</param>
/// <param name="Mean">Its mean deliveries that month, one observation per replication.</param>
/// <param name="CiLow">The lower limit; null from one replication.</param>
/// <param name="CiHigh">The upper limit; null from one replication.</param>
/// <param name="N">The number of replications.</param>
/// <param name="NoDeliveryShare">The share of replications in which it received nothing at all that month.</param>
public sealed record DestinationMonthDocument(string Name, double? Mean, double? CiLow, double? CiHigh, long N, double NoDeliveryShare) : IIntervalDocument;
