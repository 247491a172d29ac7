namespace Shortfall.Analysis.Statistics;

/// <summary>
/// Exact counts of the distinct values of a stream, for values that take few distinct values however many arrive: a
/// replication's mean deliveries per destination-month (a whole number of deliveries over a number of destination-months fixed
/// by the calendar, so at most one value per total of deliveries) or a month's target (fixed by the calendar). Memory grows
/// with the distinct values, not with the count; quantiles and distribution charts drawn from it are exact. The counts do not
/// depend on the order of the values.
/// </summary>
public sealed class ValueCounts
{
    private readonly Dictionary<double, long> _counts = [];

    /// <summary>The number of values added.</summary>
    public long Count { get; private set; }

    /// <summary>Adds one value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="value"/> is NaN or infinite.</exception>
    public void Add(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A counted value must be finite.");
        }

        // -0 and 0 are one value.
        var key = value == 0 ? 0 : value;
        _counts[key] = _counts.GetValueOrDefault(key) + 1;
        Count++;
    }

    /// <summary>Each distinct value with how many times it was added, in increasing order of value.</summary>
    public IReadOnlyList<KeyValuePair<double, long>> Sorted() => _counts.OrderBy(c => c.Key).ToArray();
}
