namespace Shortfall.Analysis.Statistics;

/// <summary>
/// A proportion whose trials come in clusters that are not independent: the destination-months
/// of one replication share its power cuts, its supplies and its truck, so counting them as
/// independent trials would make the interval far too narrow. Each replication adds its
/// successes and trials as one cluster; the estimate is the ratio of the totals, its variance
/// the between-cluster (ratio-estimator) variance, and the interval is Wilson's score interval
/// at the effective sample size that variance implies (Korn and Graubard, 1998), with Student's
/// t on clusters − 1 degrees of freedom as the critical value. The sums are integers, so the
/// result does not depend on the order in which clusters are added.
/// </summary>
public sealed class ClusteredProportion
{
    private Int128 _sumSquaredSuccesses;
    private Int128 _sumCrossProducts;
    private Int128 _sumSquaredTrials;

    /// <summary>The number of clusters (replications) added.</summary>
    public long Clusters { get; private set; }

    /// <summary>Successes summed over clusters.</summary>
    public long Successes { get; private set; }

    /// <summary>Trials summed over clusters.</summary>
    public long Trials { get; private set; }

    /// <summary>Adds one cluster of <paramref name="trials"/> trials with <paramref name="successes"/> successes; a cluster may have no trial.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When trials is negative or successes is outside [0, trials].</exception>
    public void Add(long successes, long trials)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(trials);
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, trials);
        Clusters = checked(Clusters + 1);
        Successes = checked(Successes + successes);
        Trials = checked(Trials + trials);
        _sumSquaredSuccesses += (Int128)successes * successes;
        _sumCrossProducts += (Int128)successes * trials;
        _sumSquaredTrials += (Int128)trials * trials;
    }

    /// <summary>
    /// The number of independent trials that would give the same variance, p̂(1 − p̂)/Var(p̂),
    /// at most <see cref="Trials"/>. When the variance is 0 (every cluster has the same
    /// proportion, or p̂ is 0 or 1) or there is a single cluster, the clustering cannot be
    /// measured and every trial counts.
    /// </summary>
    /// <exception cref="InvalidOperationException">When there has been no trial.</exception>
    public double EffectiveTrials
    {
        get
        {
            if (Trials == 0)
            {
                throw new InvalidOperationException("A proportion needs at least one trial.");
            }
            // Σ(T·sᵢ − S·tᵢ)² expanded: exact in integers, so never negative through rounding.
            Int128 s = Successes, t = Trials;
            var residuals = t * t * _sumSquaredSuccesses - 2 * s * t * _sumCrossProducts + s * s * _sumSquaredTrials;
            if (Clusters < 2 || residuals == 0)
            {
                return Trials;
            }
            // p̂(1 − p̂) / [R/(R − 1) · Σ(sᵢ − p̂tᵢ)²/T²] = S(T − S)·T²·(R − 1) / (R · residuals).
            var effective = (double)s * (double)(t - s) * (double)t * (double)t * (Clusters - 1) / (Clusters * (double)residuals);
            return Math.Min(effective, Trials);
        }
    }

    /// <summary>The Wilson interval of the proportion at <paramref name="level"/>, at the effective sample size.</summary>
    /// <exception cref="InvalidOperationException">When there has been no trial.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the level is not in (0, 1).</exception>
    public WilsonInterval Estimate(double level = 0.95)
    {
        var effective = EffectiveTrials;
        var critical = Clusters < 2
            ? CriticalValues.Normal(level, nameof(level))
            : CriticalValues.StudentT(level, Clusters - 1, nameof(level));
        return WilsonInterval.Create(Successes, Trials, effective, critical, level);
    }
}
