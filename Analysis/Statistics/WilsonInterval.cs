namespace Shortfall.Analysis.Statistics;

/// <summary>
/// The Wilson score interval for a binomial proportion: the set of p for which
/// |p̂ − p| ≤ z·√(p(1 − p)/n). Unlike the Wald interval it stays inside [0, 1] and keeps a
/// positive width at 0 and at n successes, where its bounds are exactly 0 and 1.
/// </summary>
public sealed record WilsonInterval
{
    private WilsonInterval(long successes, long trials, double level, double ciLow, double ciHigh)
    {
        Successes = successes;
        Trials = trials;
        Level = level;
        CiLow = ciLow;
        CiHigh = ciHigh;
    }

    /// <summary>The number of successes.</summary>
    public long Successes { get; }

    /// <summary>The number of trials.</summary>
    public long Trials { get; }

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

    /// <summary>The interval for <paramref name="successes"/> out of <paramref name="trials"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When trials &lt; 1, successes is outside [0, trials], or the level is not in (0, 1).</exception>
    public static WilsonInterval Create(long successes, long trials, double level = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(trials);
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, trials);
        var z = CriticalValues.Normal(level, nameof(level));
        double x = successes, n = trials, z2 = z * z;
        // (2x + z² ∓ z·√(z² + 4x(n − x)/n)) / (2(n + z²)), the roots of the score equation.
        var centre = 2.0 * x + z2;
        var spread = z * Math.Sqrt(z2 + 4.0 * x * (n - x) / n);
        var denominator = 2.0 * (n + z2);
        // At the boundaries the root is 0 or 1 exactly; rounding would leave ±1e-17 otherwise.
        var low = successes == 0 ? 0.0 : (centre - spread) / denominator;
        var high = successes == trials ? 1.0 : (centre + spread) / denominator;
        return new WilsonInterval(successes, trials, level, low, high);
    }
}
