namespace Shortfall.Analysis.Statistics;

/// <summary>
/// A sample mean with its two-sided Student-t confidence interval
/// mean ± t(1 − α/2, n − 1) · s / √n, where s² is the sample variance (divisor n − 1).
/// With a single observation there is no spread to estimate, so the interval is undefined:
/// <see cref="CiLow"/>, <see cref="CiHigh"/> and <see cref="HalfWidth"/> are then null
/// (never NaN, which JSON cannot carry). With zero variance the interval has zero width.
/// </summary>
public sealed record MeanEstimate
{
    private MeanEstimate(long n, double mean, double? halfWidth, double level)
    {
        N = n;
        Mean = mean;
        HalfWidth = halfWidth;
        CiLow = mean - halfWidth;
        CiHigh = mean + halfWidth;
        Level = level;
    }

    /// <summary>The number of observations.</summary>
    public long N { get; }

    /// <summary>The sample mean.</summary>
    public double Mean { get; }

    /// <summary>The lower bound of the interval; null when <see cref="N"/> is 1.</summary>
    public double? CiLow { get; }

    /// <summary>The upper bound of the interval; null when <see cref="N"/> is 1.</summary>
    public double? CiHigh { get; }

    /// <summary>t · s / √n; null when <see cref="N"/> is 1.</summary>
    public double? HalfWidth { get; }

    /// <summary>The confidence level of the interval, e.g. 0.95.</summary>
    public double Level { get; }

    /// <summary>The estimate from the count, mean and sample variance of the observations.</summary>
    /// <param name="n">How many observations; at least 1.</param>
    /// <param name="mean">Their mean.</param>
    /// <param name="variance">Their sample variance (divisor n − 1); not used when <paramref name="n"/> is 1, pass 0.</param>
    /// <param name="level">The confidence level, strictly between 0 and 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">When n &lt; 1, the mean is not finite, the variance is negative or not finite, or the level is not in (0,
    /// 1).</exception>
    public static MeanEstimate FromMoments(long n, double mean, double variance, double level = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        if (!double.IsFinite(mean))
        {
            throw new ArgumentOutOfRangeException(nameof(mean), mean, "The mean must be finite.");
        }

        if (!(variance >= 0.0 && double.IsFinite(variance)))
        {
            throw new ArgumentOutOfRangeException(nameof(variance), variance, "The variance must be finite and not negative.");
        }

        CriticalValues.CheckLevel(level, nameof(level));
        if (n == 1)
        {
            return new MeanEstimate(n, mean, null, level);
        }

        var halfWidth = CriticalValues.StudentT(level, n - 1, nameof(level)) * Math.Sqrt(variance / n);
        return new MeanEstimate(n, mean, halfWidth, level);
    }
}
