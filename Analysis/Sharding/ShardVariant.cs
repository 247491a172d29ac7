using Shortfall.Analysis.Output;
using Shortfall.Analysis.Running;

namespace Shortfall.Analysis.Sharding;

/// <summary>What a shard records of a variant: everything the outputs need besides the replications.</summary>
/// <param name="Name">The variant's name.</param>
/// <param name="Cost">Its cost; null when none is given.</param>
/// <param name="Destinations">The destinations' names, in index order.</param>
/// <param name="FirstMonth">A date in month 0 of the horizon.</param>
/// <param name="Description">What the variant changes, as summary.json and the report show it; empty when the file gives none.</param>
public sealed record ShardVariant(string Name, double? Cost, IReadOnlyList<string> Destinations, DateOnly FirstMonth, string Description)
{
    /// <summary>The record of <paramref name="variant"/>, described as in <paramref name="run"/>.</summary>
    public static ShardVariant Of(RunVariant variant, RunDescription run)
    {
        ArgumentNullException.ThrowIfNull(variant);
        ArgumentNullException.ThrowIfNull(run);
        return new ShardVariant(variant.Name, variant.Cost, variant.Destinations.ToArray(), variant.FirstMonth,
            run.VariantDescriptions.GetValueOrDefault(variant.Name, ""));
    }

    /// <summary>
    /// The variant as the writers of a run see it. A merge replays recorded replications and
    /// never simulates, so asking it to run one is a bug and throws.
    /// </summary>
    public RunVariant Replayed() => new(Name, Cost, Destinations, FirstMonth,
        k => throw new InvalidOperationException($"Variant '{Name}' is replayed from shards; replication {k} cannot be simulated here."));

    /// <summary>True when both describe the same variant (the same name, cost, destinations, months and description).</summary>
    public bool SameAs(ShardVariant other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Name == other.Name
            && Description == other.Description
            && Nullable.Equals(Cost, other.Cost)
            && FirstMonth == other.FirstMonth
            && Destinations.SequenceEqual(other.Destinations, StringComparer.Ordinal);
    }
}
