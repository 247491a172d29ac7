namespace Shortfall.Analysis.Output.Documents;

/// <summary>What the people served receive; a figure is null when no replication defines it (no destination-month, no open day, no people).</summary>
/// <param name="QuantityPerPersonOpenDay">Product (in its unit) that reached destinations on open days, loads under the minimum included, per person and open
/// day.</param>
/// <param name="FullRationShare">Open days that brought the full daily quantity ÷ open days.</param>
/// <param name="NoDeliveryShare">Destination-months that received nothing at all ÷ destination-months.</param>
public sealed record ReceiptsDocument(OutcomeDocument? QuantityPerPersonOpenDay, OutcomeDocument? FullRationShare, OutcomeDocument? NoDeliveryShare);
