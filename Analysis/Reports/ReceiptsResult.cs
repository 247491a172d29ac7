namespace Shortfall.Analysis.Reports;

/// <summary>What the people served receive, as summary.json records it; a figure is null when no replication defines it.</summary>
/// <param name="QuantityPerPersonDay">Product per person and open day.</param>
/// <param name="FullRationShare">The share of open days with a full ration, from 0 to 1.</param>
/// <param name="NoDeliveryShare">The share of destination-months that received nothing at all, from 0 to 1.</param>
public sealed record ReceiptsResult(OutcomeResult? QuantityPerPersonDay, OutcomeResult? FullRationShare, OutcomeResult? NoDeliveryShare);
