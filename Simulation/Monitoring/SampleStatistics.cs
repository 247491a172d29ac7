namespace Shortfall.Monitoring;

/// <summary>
/// Running statistics of observations (waiting times, deliveries per replication, …): count,
/// sum, mean, variance, minimum and maximum, in constant memory. The mean and variance use
/// Welford's update.
/// </summary>
public sealed class SampleStatistics
{
    private double _mean;
    private double _sumOfSquaredDeviations;

    /// <summary>The number of observations.</summary>
    public long Count { get; private set; }

    /// <summary>The sum of the observations; 0 when there are none.</summary>
    public double Sum { get; private set; }

    /// <summary>The sample mean; NaN when there are no observations.</summary>
    public double Mean => Count == 0 ? double.NaN : _mean;

    /// <summary>Σ(x − mean)², the quantity Welford's update carries; NaN when there are no observations.</summary>
    public double SumOfSquaredDeviations => Count == 0 ? double.NaN : _sumOfSquaredDeviations;

    /// <summary>The unbiased sample variance (divisor Count − 1); NaN with fewer than two observations.</summary>
    public double Variance => Count < 2 ? double.NaN : _sumOfSquaredDeviations / (Count - 1);

    /// <summary>The square root of <see cref="Variance"/>.</summary>
    public double StandardDeviation => Math.Sqrt(Variance);

    /// <summary>The smallest observation; NaN when there are none.</summary>
    public double Minimum { get; private set; } = double.NaN;

    /// <summary>The largest observation; NaN when there are none.</summary>
    public double Maximum { get; private set; } = double.NaN;

    /// <summary>Adds one observation.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="value"/> is NaN or infinite.</exception>
    public void Add(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "value must be finite");
        }
        Count++;
        Sum += value;
        var deviation = value - _mean;
        _mean += deviation / Count;
        _sumOfSquaredDeviations += deviation * (value - _mean);
        Minimum = Count == 1 ? value : Math.Min(Minimum, value);
        Maximum = Count == 1 ? value : Math.Max(Maximum, value);
    }

}
