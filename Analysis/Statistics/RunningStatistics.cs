namespace Shortfall.Analysis.Statistics;

/// <summary>
/// Count, mean, sum of squared deviations, minimum and maximum of a stream of values, updated
/// one value at a time by Welford's method and combined by Chan et al.'s pairwise formula.
/// Adding the same values in the same order always gives the same bits; merging gives the
/// sequential result to rounding (about 1e-15 relative), and is itself deterministic when the
/// parts are merged in one fixed order: the runner merges workers' parts in replication-index
/// order, each into the accumulator that holds the earlier replications.
/// </summary>
public sealed class RunningStatistics
{
    private double _mean;
    private double _m2;
    private double _minimum = double.PositiveInfinity;
    private double _maximum = double.NegativeInfinity;

    /// <summary>The number of values added.</summary>
    public long Count { get; private set; }

    /// <summary>The mean of the values.</summary>
    /// <exception cref="InvalidOperationException">When no value has been added.</exception>
    public double Mean => Count > 0 ? _mean : throw Empty(1);

    /// <summary>Σ(x − mean)², the quantity Welford's method carries; 0 for a single value.</summary>
    /// <exception cref="InvalidOperationException">When no value has been added.</exception>
    public double SumOfSquaredDeviations => Count > 0 ? _m2 : throw Empty(1);

    /// <summary>The sample variance Σ(x − mean)² / (n − 1).</summary>
    /// <exception cref="InvalidOperationException">When fewer than two values have been added.</exception>
    public double Variance => Count > 1 ? _m2 / (Count - 1) : throw Empty(2);

    /// <summary>The sample standard deviation, √<see cref="Variance"/>.</summary>
    /// <exception cref="InvalidOperationException">When fewer than two values have been added.</exception>
    public double StandardDeviation => Math.Sqrt(Variance);

    /// <summary>The smallest value.</summary>
    /// <exception cref="InvalidOperationException">When no value has been added.</exception>
    public double Minimum => Count > 0 ? _minimum : throw Empty(1);

    /// <summary>The largest value.</summary>
    /// <exception cref="InvalidOperationException">When no value has been added.</exception>
    public double Maximum => Count > 0 ? _maximum : throw Empty(1);

    /// <summary>Adds one value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="value"/> is NaN or infinite, which would poison every later result.</exception>
    public void Add(double value)
    {
        if (!double.IsFinite(value))
            throw new ArgumentOutOfRangeException(nameof(value), value, "Only finite values can be accumulated.");
        Count++;
        var delta = value - _mean;
        _mean += delta / Count;
        _m2 += delta * (value - _mean);
        _minimum = Math.Min(_minimum, value);
        _maximum = Math.Max(_maximum, value);
    }

    /// <summary>
    /// Combines <paramref name="other"/> into this accumulator as if its values had been added
    /// after this one's (Chan, Golub and LeVeque 1979); <paramref name="other"/> is unchanged.
    /// </summary>
    public void Merge(RunningStatistics other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Count == 0)
            return;
        if (Count == 0)
        {
            // Copied, not computed: delta·k/k need not give back delta's last bit.
            (Count, _mean, _m2, _minimum, _maximum) = (other.Count, other._mean, other._m2, other._minimum, other._maximum);
            return;
        }
        var n = Count + other.Count;
        var delta = other._mean - _mean;
        _mean += delta * other.Count / n;
        _m2 += other._m2 + delta * delta * Count * other.Count / n;
        _minimum = Math.Min(_minimum, other._minimum);
        _maximum = Math.Max(_maximum, other._maximum);
        Count = n;
    }

    /// <summary>The mean with its t confidence interval at <paramref name="level"/>; the interval is null for a single value.</summary>
    /// <exception cref="InvalidOperationException">When no value has been added.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the level is not in (0, 1).</exception>
    public MeanEstimate EstimateMean(double level = 0.95) =>
        MeanEstimate.FromMoments(Count, Mean, Count > 1 ? Variance : 0.0, level);

    private static InvalidOperationException Empty(int needed) =>
        new($"At least {needed} value{(needed == 1 ? "" : "s")} must be added first.");
}
