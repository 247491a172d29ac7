namespace Shortfall.Analysis.Reports;

/// <summary>One calendar month of a variant, as summary.json records it.</summary>
/// <param name="Month">yyyy-MM.</param>
/// <param name="Deliveries">Mean deliveries per destination open that month, with its interval.</param>
/// <param name="NoDeliveryShare">The share of the month's destination-months that received nothing at all.</param>
public sealed record MonthResult(string Month, Estimate Deliveries, double NoDeliveryShare);
