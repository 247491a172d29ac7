namespace Shortfall.Analysis.Statistics;

/// <summary>
/// The Wilson score interval for a binomial proportion: the set of p for which
/// |p̂ − p| ≤ c·√(p(1 − p)/n). Unlike the Wald interval it stays inside [0, 1] and keeps a
/// positive width at 0 and at n successes, where its bounds are exactly 0 and 1. For clustered
/// trials n is the effective sample size (see <see cref="ClusteredProportion"/>).
/// </summary>
public sealed record WilsonInterval
{
    private WilsonInterval(long successes, long trials, double effectiveTrials, double level, double ciLow, double ciHigh)
    {
        Successes = successes;
        Trials = trials;
        EffectiveTrials = effectiveTrials;
        Level = level;
        CiLow = ciLow;
        CiHigh = ciHigh;
    }

    /// <summary>The number of successes.</summary>
    public long Successes { get; }

    /// <summary>The number of trials.</summary>
    public long Trials { get; }

    /// <summary>The sample size the interval was computed at: <see cref="Trials"/> for independent trials, fewer for correlated ones.</summary>
    public double EffectiveTrials { get; }

    /// <summary>The confidence level, e.g. 0.95.</summary>
    public double Level { get; }

    /// <summary>The observed proportion successes / trials.</summary>
    public double Estimate => (double)Successes / Trials;

    /// <summary>The lower bound; exactly 0 when there are no successes.</summary>
    public double CiLow { get; }

    /// <summary>The upper bound; exactly 1 when every trial succeeded.</summary>
    public double CiHigh { get; }

    /// <summary>Half the width, (CiHigh − CiLow) / 2: the interval is symmetric about its centre, not about <see cref="Estimate"/>.</summary>
    public double HalfWidth => (CiHigh - CiLow) / 2.0;

    /// <summary>The interval for <paramref name="successes"/> out of <paramref name="trials"/> independent trials, with the normal critical value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When trials &lt; 1, successes is outside [0, trials], or the level is not in (0, 1).</exception>
    public static WilsonInterval Create(long successes, long trials, double level = 0.95) =>
        Create(successes, trials, trials, CriticalValues.Normal(level, nameof(level)), level);

    /// <summary>
    /// The interval for the proportion <paramref name="successes"/> / <paramref name="trials"/>
    /// judged at <paramref name="effectiveTrials"/> trials and the critical value <paramref name="critical"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When trials &lt; 1, successes is outside [0, trials], the effective trials are not in (0, trials], the
    /// critical value is not positive, or the level is not in (0, 1).</exception>
    public static WilsonInterval Create(long successes, long trials, double effectiveTrials, double critical, double level)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(trials);
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, trials);
        if (!(effectiveTrials > 0.0 && effectiveTrials <= trials))
        {
            throw new ArgumentOutOfRangeException(nameof(effectiveTrials), effectiveTrials, "The effective number of trials must lie in (0, trials].");
        }

        if (!(critical > 0.0 && double.IsFinite(critical)))
        {
            throw new ArgumentOutOfRangeException(nameof(critical), critical, "The critical value must be positive and finite.");
        }

        CriticalValues.CheckLevel(level, nameof(level));
        var n = effectiveTrials;
        var x = (double)successes / trials * n;
        var c2 = critical * critical;
        // (2x + c² ∓ c·√(c² + 4x(n − x)/n)) / (2(n + c²)), the roots of the score equation.
        var centre = 2.0 * x + c2;
        var spread = critical * Math.Sqrt(c2 + 4.0 * x * (n - x) / n);
        var denominator = 2.0 * (n + c2);
        // At the boundaries the root is 0 or 1 exactly; rounding would leave ±1e-17 otherwise.
        var low = successes == 0 ? 0.0 : (centre - spread) / denominator;
        var high = successes == trials ? 1.0 : (centre + spread) / denominator;
        return new WilsonInterval(successes, trials, effectiveTrials, level, low, high);
    }
}
