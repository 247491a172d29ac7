using Shortfall.Analysis.Running;

namespace Shortfall.Analysis.Sharding;

/// <summary>What a shard records of a variant: everything the outputs need besides the replications.</summary>
/// <param name="Name">The variant's name.</param>
/// <param name="Cost">Its cost; null when none is given.</param>
/// <param name="Destinations">The destinations' names, in index order.</param>
/// <param name="FirstMonth">A date in month 0 of the horizon.</param>
public sealed record ShardVariant(string Name, double? Cost, IReadOnlyList<string> Destinations, DateOnly FirstMonth)
{
    /// <summary>The record of <paramref name="variant"/>.</summary>
    public static ShardVariant Of(RunVariant variant)
    {
        ArgumentNullException.ThrowIfNull(variant);
        return new ShardVariant(variant.Name, variant.Cost, variant.Destinations.ToArray(), variant.FirstMonth);
    }

    /// <summary>
    /// The variant as the writers of a run see it. A merge replays recorded replications and
    /// never simulates, so asking it to run one is a bug and throws.
    /// </summary>
    public RunVariant Replayed() => new(Name, Cost, Destinations, FirstMonth,
        k => throw new InvalidOperationException($"Variant '{Name}' is replayed from shards; replication {k} cannot be simulated here."));

    /// <summary>True when both describe the same variant (the same name, cost, destinations and months).</summary>
    public bool SameAs(ShardVariant other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Name == other.Name
            && Nullable.Equals(Cost, other.Cost)
            && FirstMonth == other.FirstMonth
            && Destinations.SequenceEqual(other.Destinations, StringComparer.Ordinal);
    }
}
