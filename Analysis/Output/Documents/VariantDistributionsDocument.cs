namespace Shortfall.Analysis.Output.Documents;

/// <summary>One variant in distributions.json; every list is empty when the scenario has no destinations.</summary>
public sealed record VariantDistributionsDocument
{
    /// <summary>The variant's name, as in summary.json.</summary>
    public required string Name { get; init; }

    /// <summary>Each distinct mean deliveries per destination-month of a replication, with how many replications had it, in increasing
    /// order.</summary>
    public required IReadOnlyList<ValueCountDocument> ReplicationMeans { get; init; }

    /// <summary>The running mean of those replication means, in replication order, after every s-th replication (s doubling so that
    /// at most 400 points are kept) and after the last.</summary>
    public required IReadOnlyList<RunningMeanDocument> RunningMean { get; init; }

    /// <summary>Each distinct monthly target of a destination-month, with how many destination-months had it, in increasing
    /// order.</summary>
    public required IReadOnlyList<ValueCountDocument> Targets { get; init; }
}
