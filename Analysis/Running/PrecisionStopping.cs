using Shortfall.Analysis.Statistics;

namespace Shortfall.Analysis.Running;

/// <summary>
/// Adds replications until every variant's headline mean is as precise as <see cref="Rule"/>
/// asks, and, with <see cref="IncludeProportions"/>, every destination's probability of meeting
/// its target in every variant too, with the Bonferroni level over all those proportions; never
/// fewer than the rule's minimum, never more than <see cref="MaximumReplications"/>.
/// </summary>
public sealed class PrecisionStopping : StoppingRule
{
    /// <summary>Creates the rule.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the maximum is below the rule's minimum.</exception>
    public PrecisionStopping(PrecisionRule rule, bool includeProportions, long maximumReplications)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentOutOfRangeException.ThrowIfLessThan(maximumReplications, rule.MinimumReplications);
        Rule = rule;
        IncludeProportions = includeProportions;
        MaximumReplications = maximumReplications;
    }

    /// <summary>The precision asked for.</summary>
    public PrecisionRule Rule { get; }

    /// <summary>True when the destinations' target-met probabilities must be precise too.</summary>
    public bool IncludeProportions { get; }

    /// <inheritdoc/>
    public override long MaximumReplications { get; }

    /// <inheritdoc/>
    public override bool IsSatisfied(IReadOnlyList<VariantAccumulator> variants)
    {
        if (!variants.All(v => Rule.IsMeanPrecise(v.Headline)))
        {
            return false;
        }

        if (!IncludeProportions)
        {
            return true;
        }

        var proportions = variants.SelectMany(v => v.DestinationTargetMet).ToArray();
        return proportions.Length == 0 || Rule.AreProportionsPrecise(proportions);
    }
}
