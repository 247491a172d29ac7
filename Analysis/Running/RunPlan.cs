namespace Shortfall.Analysis.Running;

/// <summary>What to run: the variants (the baseline first), when to stop, and on how many threads.</summary>
/// <param name="Variants">The variants, the baseline first; every variant runs the same replication indices.</param>
/// <param name="Stopping">When the run has enough replications.</param>
/// <param name="Threads">How many worker threads run replications.</param>
public sealed record RunPlan(IReadOnlyList<RunVariant> Variants, StoppingRule Stopping, int Threads)
{
    /// <summary>The metric the run is about, chosen by whether the baseline has destinations.</summary>
    public HeadlineMetric Headline => HeadlineMetrics.For(Variants[0].Destinations.Count);

    /// <summary>Throws unless the plan can run.</summary>
    /// <exception cref="ArgumentException">When there is no variant or two share a name.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When <see cref="Threads"/> is not positive.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Variants);
        ArgumentNullException.ThrowIfNull(Stopping);
        if (Variants.Count == 0)
            throw new ArgumentException("A run needs at least the baseline.", nameof(Variants));
        var duplicate = Variants.GroupBy(v => v.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"Variant '{duplicate.Key}' is listed twice.", nameof(Variants));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Threads);
    }
}
