namespace Shortfall.Analysis.Running;

/// <summary>
/// What the people a plant serves receive, in their terms rather than in trips: each a value per
/// replication (see <see cref="ReplicationMetrics"/>), estimated over replications and compared with
/// the baseline on the same random numbers. A figure is null when no replication defines it (no
/// destination-month, no open day, or no people).
/// </summary>
/// <param name="QuantityPerPersonDay">Product (in its unit, e.g. litres) delivered per person and open day.</param>
/// <param name="FullRationShare">The share of open days that brought the full daily quantity.</param>
/// <param name="NoDeliveryShare">The share of destination-months that received nothing at all.</param>
public sealed record ReceiptOutcomes(OutcomeEstimate? QuantityPerPersonDay, OutcomeEstimate? FullRationShare, OutcomeEstimate? NoDeliveryShare);
