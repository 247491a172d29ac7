using Shortfall.Analysis.Output;
using Shortfall.Analysis.Running;

namespace Shortfall.Analysis.Sharding;

/// <summary>What a shard records of a variant: everything the outputs need besides the replications.</summary>
/// <param name="Name">The variant's name.</param>
/// <param name="Cost">Its cost; null when none is given.</param>
/// <param name="Plant">The labels of its results (destinations with their people, materials, carriers, first month).</param>
/// <param name="Description">What the variant changes, as summary.json and the report show it; empty when the file gives none.</param>
public sealed record ShardVariant(string Name, double? Cost, PlantLabels Plant, string Description)
{
    /// <summary>The record of <paramref name="variant"/>, described as in <paramref name="run"/>.</summary>
    public static ShardVariant Of(RunVariant variant, RunDescription run)
    {
        ArgumentNullException.ThrowIfNull(variant);
        ArgumentNullException.ThrowIfNull(run);
        return new ShardVariant(variant.Name, variant.Cost, variant.Plant, run.VariantDescriptions.GetValueOrDefault(variant.Name, ""));
    }

    /// <summary>
    /// The variant as the writers of a run see it. A merge replays recorded replications and
    /// never simulates, so asking it to run one is a bug and throws.
    /// </summary>
    public RunVariant Replayed() => new(Name, Cost, Plant,
        k => throw new InvalidOperationException($"Variant '{Name}' is replayed from shards; replication {k} cannot be simulated here."));

    /// <summary>True when both describe the same variant (the same name, cost, labels, people, months and description).</summary>
    public bool SameAs(ShardVariant other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Name == other.Name
            && Description == other.Description
            && Nullable.Equals(Cost, other.Cost)
            && Plant.FirstMonth == other.Plant.FirstMonth
            && Plant.Destinations.SequenceEqual(other.Plant.Destinations, StringComparer.Ordinal)
            && Plant.People.SequenceEqual(other.Plant.People)
            && Plant.Materials.SequenceEqual(other.Plant.Materials, StringComparer.Ordinal)
            && Plant.Carriers.SequenceEqual(other.Plant.Carriers, StringComparer.Ordinal);
    }
}
