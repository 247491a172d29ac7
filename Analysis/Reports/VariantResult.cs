namespace Shortfall.Analysis.Reports;

/// <summary>One variant of a run, as summary.json records it.</summary>
/// <param name="Name">The variant's name ("baseline" for the unchanged scenario).</param>
/// <param name="Description">What it changes, or null.</param>
/// <param name="Cost">What it costs, in the scenario's currency, or null.</param>
/// <param name="Headline">The headline metric's mean and interval.</param>
/// <param name="Deliveries">Deliveries per destination-month; null when the scenario has no destinations.</param>
/// <param name="TargetMet">The share of destination-months that met the target, or null.</param>
/// <param name="AllTargetsMet">The share of months in which every destination met it, or null.</param>
/// <param name="Destinations">Per destination.</param>
/// <param name="BlockedHours">Mean line-hours blocked per replication, by cause.</param>
/// <param name="MissedDays">Mean target days missed per replication, by cause.</param>
/// <param name="Spoiled">Mean product spoiled per replication.</param>
/// <param name="TripsLost">Mean trips lost to breakdowns per replication.</param>
/// <param name="Difference">The headline's paired difference from the baseline; null for the baseline.</param>
/// <param name="EffectPerCost">That difference per unit of cost; null for the baseline or without a cost.</param>
/// <param name="Service">Service equipment figures; null when the scenario has none.</param>
public sealed record VariantResult(
    string Name,
    string? Description,
    double? Cost,
    Estimate Headline,
    DeliveryDistributionResult? Deliveries,
    Proportion? TargetMet,
    Proportion? AllTargetsMet,
    IReadOnlyList<DestinationResult> Destinations,
    IReadOnlyList<NamedValue> BlockedHours,
    IReadOnlyList<NamedValue> MissedDays,
    double? Spoiled,
    double? TripsLost,
    Estimate? Difference,
    Estimate? EffectPerCost,
    ServiceResult? Service)
{
    /// <summary>What the people served receive.</summary>
    public required ReceiptsResult Receipts { get; init; }

    /// <summary>Deliveries by calendar month, in calendar order.</summary>
    public required IReadOnlyList<MonthResult> Months { get; init; }

    /// <summary>Each material's refused arrivals and inputs lost in cut batches.</summary>
    public required IReadOnlyList<PartResult> Materials { get; init; }

    /// <summary>Each carrier kind's kilometres and stops.</summary>
    public required IReadOnlyList<PartResult> Carriers { get; init; }
}
