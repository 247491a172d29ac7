namespace Shortfall.Analysis.Running;

/// <summary>Runs exactly <see cref="Replications"/> replications.</summary>
public sealed class FixedReplications : StoppingRule
{
    /// <summary>Creates the rule.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="replications"/> is not positive.</exception>
    public FixedReplications(long replications)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(replications);
        Replications = replications;
    }

    /// <summary>The number of replications.</summary>
    public long Replications { get; }

    /// <inheritdoc/>
    public override long MaximumReplications => Replications;

    /// <inheritdoc/>
    public override bool IsSatisfied(IReadOnlyList<VariantAccumulator> variants) => variants[0].Count >= Replications;
}
