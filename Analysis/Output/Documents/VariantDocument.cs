namespace Shortfall.Analysis.Output.Documents;

/// <summary>One variant of a run in summary.json. The fields that results written before them lack
/// (<see cref="Receipts"/>, <see cref="ByMonth"/>, <see cref="Materials"/>, <see cref="Carriers"/>) read as null;
/// a run always writes them.</summary>
public sealed record VariantDocument
{
    /// <summary>The variant's name ("baseline" for the unchanged scenario).</summary>
    public required string Name { get; init; }

    /// <summary>What it changes, in the scenario file's words, or null.</summary>
    public string? Description { get; init; }

    /// <summary>What it costs, in the scenario's currency, or null.</summary>
    public required double? Cost { get; init; }

    /// <summary>The run's headline metric with its mean and interval.</summary>
    public required HeadlineDocument Headline { get; init; }

    /// <summary>Deliveries per destination-month; null when the scenario has no destinations.</summary>
    public DeliveriesDocument? DeliveriesPerDestinationMonth { get; init; }

    /// <summary>The share of destination-months that met their target, or null.</summary>
    public ProportionDocument? TargetMetProbability { get; init; }

    /// <summary>The share of months in which every destination met its target, or null.</summary>
    public ProportionDocument? AllTargetsMetProbability { get; init; }

    /// <summary>Per destination, in the scenario's order.</summary>
    public required IReadOnlyList<DestinationDocument> PerDestination { get; init; }

    /// <summary>Mean line-hours blocked per replication, by cause key.</summary>
    public required IReadOnlyDictionary<string, double> BlockedHours { get; init; }

    /// <summary>Mean target days missed per replication, summed over destinations, by cause key.</summary>
    public required IReadOnlyDictionary<string, double> MissedDaysByCause { get; init; }

    /// <summary>Mean product spoiled per replication.</summary>
    public required double? Spoiled { get; init; }

    /// <summary>Mean trips lost to breakdowns per replication.</summary>
    public required double? TripsLost { get; init; }

    /// <summary>Means per replication of every total (replications.csv's total columns).</summary>
    public required IReadOnlyDictionary<string, double> PerReplicationMeans { get; init; }

    /// <summary>What the people served receive.</summary>
    public ReceiptsDocument? Receipts { get; init; }

    /// <summary>Deliveries by calendar month, in calendar order.</summary>
    public IReadOnlyList<MonthDocument>? ByMonth { get; init; }

    /// <summary>Each material's refused arrivals and inputs lost in cut batches.</summary>
    public IReadOnlyList<MaterialDocument>? Materials { get; init; }

    /// <summary>Each carrier kind's kilometres and stops.</summary>
    public IReadOnlyList<CarrierDocument>? Carriers { get; init; }

    /// <summary>The headline's paired difference from the baseline; null for the baseline.</summary>
    public MeanDocument? DifferenceVsBaseline { get; init; }

    /// <summary>That difference per unit of cost; null for the baseline or without a cost.</summary>
    public Estimate? EffectPerCost { get; init; }

    /// <summary>Service equipment figures; null when the scenario has none.</summary>
    public ServiceDocument? Service { get; init; }
}
