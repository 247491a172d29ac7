namespace Shortfall.Analysis.Statistics;

/// <summary>
/// Counts of non-negative integer outcomes (e.g. deliveries per destination-month), one counter
/// per value, growing as larger values arrive. Everything it reports is computed from the
/// integer counts alone, with integer sums, so the result never depends on the order in which
/// values were added.
/// </summary>
public sealed class IntegerHistogram
{
    /// <summary>The largest value accepted: one counter per value, so a stray huge value must not allocate gigabytes.</summary>
    public const int MaxValue = 1_000_000;

    private long[] _counts = new long[16];
    private int _minimum = int.MaxValue;
    private int _maximum = -1;

    /// <summary>The number of observations.</summary>
    public long Count { get; private set; }

    /// <summary>The smallest observation.</summary>
    /// <exception cref="InvalidOperationException">When the histogram is empty.</exception>
    public int Minimum => Count > 0 ? _minimum : throw Empty(1);

    /// <summary>The largest observation.</summary>
    /// <exception cref="InvalidOperationException">When the histogram is empty.</exception>
    public int Maximum => Count > 0 ? _maximum : throw Empty(1);

    /// <summary>Records one observation of <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the value is negative or above <see cref="MaxValue"/>.</exception>
    public void Add(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxValue);
        if (value >= _counts.Length)
        {
            Array.Resize(ref _counts, Math.Min(MaxValue + 1, Math.Max(value + 1, 2 * _counts.Length)));
        }

        _counts[value]++;
        Count++;
        _minimum = Math.Min(_minimum, value);
        _maximum = Math.Max(_maximum, value);
    }

    /// <summary>How many observations equal <paramref name="value"/> (0 for values never seen).</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the value is negative.</exception>
    public long CountOf(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        return value < _counts.Length ? _counts[value] : 0;
    }

    /// <summary>How many observations are ≥ <paramref name="value"/>, e.g. months that met a target.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the value is negative.</exception>
    public long CountAtLeast(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        var count = 0L;
        for (var v = value; v <= _maximum; v++)
        {
            count += _counts[v];
        }

        return count;
    }

    /// <summary>The mean, Σ v·count(v) / n, from an exact integer sum.</summary>
    /// <exception cref="InvalidOperationException">When the histogram is empty.</exception>
    public double Mean => Count > 0 ? (double)Sum(1) / Count : throw Empty(1);

    /// <summary>The sample variance (n·Σv² − (Σv)²) / (n(n − 1)), with numerator and denominator exact integers.</summary>
    /// <exception cref="InvalidOperationException">When there are fewer than two observations.</exception>
    public double Variance
    {
        get
        {
            if (Count < 2)
            {
                throw Empty(2);
            }

            Int128 n = Count, s1 = Sum(1), s2 = Sum(2);
            return (double)checked(n * s2 - s1 * s1) / (double)(n * (n - 1));
        }
    }

    /// <summary>
    /// The empirical quantile of type 1 in Hyndman and Fan (1996), the inverse of the empirical
    /// distribution function: with the observations sorted as x₁ ≤ … ≤ xₙ, Q(p) = x_j where
    /// j = max(1, ⌈n·p⌉) and n·p is the double-precision product (so that p = 0.1 of 10
    /// observations gives j = 1, as in decimal arithmetic). Q(p) is always an observed value,
    /// the smallest v with at least a fraction p of the observations ≤ v; Q(0) is the minimum
    /// and Q(1) the maximum.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="p"/> is not in [0, 1].</exception>
    /// <exception cref="InvalidOperationException">When the histogram is empty.</exception>
    public int Quantile(double p)
    {
        if (!(p >= 0.0 && p <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "A quantile's probability must lie in [0, 1].");
        }

        if (Count == 0)
        {
            throw Empty(1);
        }

        var rank = Math.Max(1L, (long)Math.Ceiling(Count * p));
        var cumulative = 0L;
        for (var value = _minimum; ; value++)
        {
            cumulative += _counts[value];
            if (cumulative >= rank)
            {
                return value;
            }
        }
    }

    /// <summary>
    /// Bars for plotting: consecutive bins of <paramref name="width"/> values each, aligned on
    /// multiples of the width, from the bin holding the minimum to the bin holding the maximum,
    /// including empty bins between; no bins when the histogram is empty.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When the width is not positive.</exception>
    public IReadOnlyList<HistogramBin> Bins(int width = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        var bins = new List<HistogramBin>();
        if (Count == 0)
        {
            return bins;
        }
        // long, so that a bin reaching past int.MaxValue cannot overflow.
        for (long lower = _minimum / width * width; lower <= _maximum; lower += width)
        {
            var upper = lower + width - 1;
            var count = 0L;
            for (var value = (int)lower; value <= Math.Min(upper, _maximum); value++)
            {
                count += _counts[value];
            }

            bins.Add(new HistogramBin((int)lower, (int)Math.Min(upper, int.MaxValue), count));
        }
        return bins;
    }

    // Σ v^power · count(v), exact; checked so that an overflow throws rather than wraps.
    private Int128 Sum(int power)
    {
        Int128 sum = 0;
        for (var value = _minimum; value <= _maximum; value++)
        {
            Int128 term = power == 1 ? value : (Int128)value * value;
            sum = checked(sum + term * _counts[value]);
        }
        return sum;
    }

    private static InvalidOperationException Empty(int needed) =>
        new($"At least {needed} observation{(needed == 1 ? "" : "s")} must be added first.");
}
