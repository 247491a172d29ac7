namespace Shortfall.Analysis.Statistics;

/// <summary>
/// Decides whether a run has enough replications: stop adding them once the estimates are as
/// precise as asked, but never before <see cref="MinimumReplications"/>, so that a lucky
/// narrow interval from a few replications cannot end the run. Each accumulator passed in is
/// expected to hold one observation per replication. The rule only decides; the runner still
/// needs a maximum, because a mean near 0 may never reach a relative precision.
/// </summary>
public sealed class PrecisionRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="minimumReplications">Replications needed before the rule can be met; at least 2, the fewest that give an interval.</param>
    /// <param name="maximumRelativeHalfWidth">The largest acceptable half-width of a mean's interval, as a fraction of |mean|; positive.</param>
    /// <param name="maximumProportionHalfWidth">The largest acceptable half-width of a proportion's Wilson interval, in probability units; in (0, 0.5].</param>
    /// <param name="level">The family-wise confidence level, strictly between 0 and 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">When any argument is out of its range.</exception>
    public PrecisionRule(long minimumReplications, double maximumRelativeHalfWidth, double maximumProportionHalfWidth, double level = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumReplications, 2);
        if (!(maximumRelativeHalfWidth > 0.0 && double.IsFinite(maximumRelativeHalfWidth)))
        {
            throw new ArgumentOutOfRangeException(nameof(maximumRelativeHalfWidth), maximumRelativeHalfWidth,
                "The relative half-width must be positive and finite.");
        }

        if (!(maximumProportionHalfWidth > 0.0 && maximumProportionHalfWidth <= 0.5))
        {
            throw new ArgumentOutOfRangeException(nameof(maximumProportionHalfWidth), maximumProportionHalfWidth,
                "A proportion's half-width must lie in (0, 0.5].");
        }

        CriticalValues.CheckLevel(level, nameof(level));
        MinimumReplications = minimumReplications;
        MaximumRelativeHalfWidth = maximumRelativeHalfWidth;
        MaximumProportionHalfWidth = maximumProportionHalfWidth;
        Level = level;
    }

    /// <summary>Replications needed before the rule can be met.</summary>
    public long MinimumReplications { get; }

    /// <summary>The largest acceptable half-width of a mean's interval, as a fraction of |mean|.</summary>
    public double MaximumRelativeHalfWidth { get; }

    /// <summary>The largest acceptable half-width of a proportion's Wilson interval.</summary>
    public double MaximumProportionHalfWidth { get; }

    /// <summary>The family-wise confidence level.</summary>
    public double Level { get; }

    /// <summary>
    /// True when <paramref name="statistics"/> holds at least <see cref="MinimumReplications"/>
    /// values and the half-width of its t interval at <see cref="Level"/> is at most
    /// <see cref="MaximumRelativeHalfWidth"/> · |mean|. With a mean of exactly 0 only a
    /// zero-width interval meets it.
    /// </summary>
    public bool IsMeanPrecise(RunningStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        if (statistics.Count < MinimumReplications)
        {
            return false;
        }

        var estimate = statistics.EstimateMean(Level);
        return estimate.HalfWidth <= MaximumRelativeHalfWidth * Math.Abs(estimate.Mean);
    }

    /// <summary>
    /// True when each of the k proportions has at least <see cref="MinimumReplications"/>
    /// replications (clusters) and a clustered Wilson interval at the Bonferroni level 1 − (1 − <see cref="Level"/>)/k no wider
    /// than ± <see cref="MaximumProportionHalfWidth"/>; all k intervals then hold together with
    /// probability at least <see cref="Level"/>.
    /// </summary>
    /// <exception cref="ArgumentException">When <paramref name="proportions"/> is empty.</exception>
    public bool AreProportionsPrecise(IReadOnlyList<ClusteredProportion> proportions)
    {
        ArgumentNullException.ThrowIfNull(proportions);
        if (proportions.Count == 0)
        {
            throw new ArgumentException("At least one proportion is needed.", nameof(proportions));
        }

        var level = BonferroniLevel(proportions.Count);
        return proportions.All(p => p.Clusters >= MinimumReplications && p.Trials > 0 && p.Estimate(level).HalfWidth <= MaximumProportionHalfWidth);
    }

    /// <summary>The level 1 − (1 − <see cref="Level"/>)/<paramref name="k"/> at which each of k simultaneous intervals is computed.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When k is not positive.</exception>
    public double BonferroniLevel(int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        return 1.0 - (1.0 - Level) / k;
    }
}
