namespace Shortfall.Analysis.Output.Documents;

/// <summary>distributions.json: what the report draws of the replications one by one, per variant, in a size that does not grow
/// with their number (exact counts of distinct values, and a running mean thinned to a few hundred points). Written and read
/// through <see cref="DistributionsJson"/>.</summary>
public sealed record DistributionsDocument
{
    /// <summary>Replications of each variant; the same as summary.json's.</summary>
    public required long Replications { get; init; }

    /// <summary>The baseline first, then the variants in the run's order, as in summary.json.</summary>
    public required IReadOnlyList<VariantDistributionsDocument> Variants { get; init; }
}
