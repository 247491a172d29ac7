namespace Shortfall.Analysis.Running;

/// <summary>
/// When a run has enough replications. The runner asks after each replication has been
/// aggregated, in replication-index order, so the answer depends only on the results of
/// replications 0 … n − 1 and the run stops at the same n whatever the number of threads.
/// </summary>
public abstract class StoppingRule
{
    /// <summary>The most replications the run may take; the run stops there even when <see cref="IsSatisfied"/> never held.</summary>
    public abstract long MaximumReplications { get; }

    /// <summary>True when the replications aggregated so far are enough; every accumulator holds the same replications.</summary>
    public abstract bool IsSatisfied(IReadOnlyList<VariantAccumulator> variants);
}
