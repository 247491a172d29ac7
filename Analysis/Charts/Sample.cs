using System.Collections;
using System.Runtime.CompilerServices;

namespace Shortfall.Analysis.Charts;

/// <summary>
/// Observations held as their distinct values with how often each occurred, in increasing order: what a distribution chart
/// draws from. Its size is the number of distinct values, not of observations, so a chart of a million replications' counts
/// costs what a chart of a thousand does. Built from a run's tallies (<see cref="FromCounts"/>) or from values
/// (<see cref="Of"/>, which a collection expression such as <c>[1, 2, 2, 3]</c> calls). Enumerating it yields every
/// observation in increasing order.
/// </summary>
[CollectionBuilder(typeof(Sample), nameof(Of))]
public sealed class Sample : IEnumerable<double>
{
    private readonly double[] _values;

    // _cumulative[i]: how many observations are at most _values[i].
    private readonly long[] _cumulative;

    private Sample(double[] values, long[] cumulative)
    {
        _values = values;
        _cumulative = cumulative;
    }

    /// <summary>The number of observations.</summary>
    public long Count => _cumulative.Length == 0 ? 0 : _cumulative[^1];

    /// <summary>The distinct values, in increasing order.</summary>
    public IReadOnlyList<double> Values => _values;

    /// <summary>The smallest observation.</summary>
    /// <exception cref="InvalidOperationException">When there is none.</exception>
    public double Minimum => Count > 0 ? _values[0] : throw Empty();

    /// <summary>The largest observation.</summary>
    /// <exception cref="InvalidOperationException">When there is none.</exception>
    public double Maximum => Count > 0 ? _values[^1] : throw Empty();

    /// <summary>How many observations equal the <paramref name="index"/>th distinct value.</summary>
    public long CountOf(int index) => _cumulative[index] - (index == 0 ? 0 : _cumulative[index - 1]);

    /// <summary>How many observations are at most the <paramref name="index"/>th distinct value.</summary>
    public long CountUpTo(int index) => _cumulative[index];

    /// <summary>The observations given one by one, in any order.</summary>
    public static Sample Of(ReadOnlySpan<double> values)
    {
        var counts = new Dictionary<double, long>();
        foreach (var value in values)
        {
            counts[value] = counts.GetValueOrDefault(value) + 1;
        }
        return FromCounts(counts);
    }

    /// <summary>Observations given as values with their counts, in any order; a value given twice counts the sum.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When a count is negative.</exception>
    public static Sample FromCounts(IEnumerable<KeyValuePair<double, long>> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var merged = new SortedDictionary<double, long>();
        foreach (var (value, count) in counts)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(count);
            if (count > 0)
            {
                merged[value] = checked(merged.GetValueOrDefault(value) + count);
            }
        }
        var cumulative = new long[merged.Count];
        var total = 0L;
        var i = 0;
        foreach (var count in merged.Values)
        {
            total = checked(total + count);
            cumulative[i++] = total;
        }
        return new Sample(merged.Keys.ToArray(), cumulative);
    }

    /// <summary>The observation of 0-based <paramref name="rank"/> in increasing order.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the rank is not below <see cref="Count"/>.</exception>
    public double At(long rank)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rank);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(rank, Count);
        // The first distinct value with more than rank observations at or below it.
        var index = Array.BinarySearch(_cumulative, rank + 1);
        return _values[index >= 0 ? index : ~index];
    }

    /// <summary>How many observations are at least <paramref name="threshold"/>.</summary>
    public long CountAtLeast(double threshold)
    {
        var below = 0L;
        for (var i = 0; i < _values.Length && _values[i] < threshold; i++)
        {
            below = _cumulative[i];
        }
        return Count - below;
    }

    /// <summary>The mean, Σ value × count / n.</summary>
    /// <exception cref="InvalidOperationException">When there is no observation.</exception>
    public double Mean
    {
        get
        {
            if (Count == 0)
            {
                throw Empty();
            }

            var sum = 0.0;
            for (var i = 0; i < _values.Length; i++)
            {
                sum += _values[i] * CountOf(i);
            }
            return sum / Count;
        }
    }

    /// <inheritdoc/>
    public IEnumerator<double> GetEnumerator()
    {
        for (var i = 0; i < _values.Length; i++)
        {
            for (var k = CountOf(i); k > 0; k--)
            {
                yield return _values[i];
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static InvalidOperationException Empty() => new("The sample has no observation.");
}
