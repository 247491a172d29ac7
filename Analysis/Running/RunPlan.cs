namespace Shortfall.Analysis.Running;

/// <summary>What to run: the variants (the baseline first), when to stop, and on how many threads.</summary>
/// <param name="Variants">The variants, the baseline first; every variant runs the same replication indices.</param>
/// <param name="Stopping">When the run has enough replications.</param>
/// <param name="Threads">How many worker threads run replications.</param>
public sealed record RunPlan(IReadOnlyList<RunVariant> Variants, StoppingRule Stopping, int Threads)
{
    /// <summary>
    /// The index of the first replication: the run takes replications FirstReplication,
    /// FirstReplication + 1, … up to the stopping rule's maximum count. 0 unless the run is one
    /// shard of a larger run.
    /// </summary>
    public long FirstReplication { get; init; }

    /// <summary>Throws unless the plan can run.</summary>
    /// <exception cref="ArgumentException">When there is no variant, two share a name, or a variant's labels do not match (see <see
    /// cref="PlantLabels.Validate"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">When <see cref="Threads"/> is not positive or <see cref="FirstReplication"/> is negative.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Variants);
        ArgumentNullException.ThrowIfNull(Stopping);
        if (Variants.Count == 0)
        {
            throw new ArgumentException("A run needs at least the baseline.", nameof(Variants));
        }

        var duplicate = Variants.GroupBy(v => v.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Variant '{duplicate.Key}' is listed twice.", nameof(Variants));
        }

        foreach (var variant in Variants)
        {
            variant.Plant.Validate();
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Threads);
        ArgumentOutOfRangeException.ThrowIfNegative(FirstReplication);
    }
}
