namespace Shortfall.Analysis.Output.Documents;

/// <summary>One destination of one variant over all replications.</summary>
public sealed record DestinationDocument
{
    /// <summary>The destination's name.</summary>
    public required string Name { get; init; }

    /// <summary>Its deliveries per month: the mean over replications of each replication's mean, with the t interval.</summary>
    public required MeanDocument DeliveriesPerMonth { get; init; }

    /// <summary>The share of its destination-months that met the target; null when none was counted.</summary>
    public ProportionDocument? TargetMetProbability { get; init; }

    /// <summary>The mean over replications of its longest run of days without a delivery.</summary>
    public required double? LongestGapDays { get; init; }

    /// <summary>Mean target days missed per replication, by cause key (<see cref="Running.CauseNames"/>).</summary>
    public required IReadOnlyDictionary<string, double> MissedDaysByCause { get; init; }
}
