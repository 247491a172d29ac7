namespace Shortfall.Analysis.Statistics;

/// <summary>
/// The running mean of a stream of values after each number of values, kept at no more than <see cref="MaxPoints"/> of them so
/// that memory does not grow with the stream: the moments after every s-th value, where the step s starts at 1 and doubles
/// (dropping every other point kept) whenever more than <see cref="MaxPoints"/> would be kept; <see cref="Points"/> adds the
/// moments after the last value. Each point holds what <see cref="RunningStatistics"/> held at that count, so its interval is
/// the one the whole stream up to there gives; the same values in the same order give the same bits.
/// </summary>
public sealed class RunningMeanTrace
{
    /// <summary>The most points kept: a convergence line needs no more points than a chart has pixels.</summary>
    public const int MaxPoints = 400;

    private readonly RunningStatistics _statistics = new();
    private readonly List<RunningMoments> _points = [];
    private long _step = 1;

    /// <summary>The number of values added.</summary>
    public long Count => _statistics.Count;

    /// <summary>Adds the next value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="value"/> is NaN or infinite.</exception>
    public void Add(double value)
    {
        _statistics.Add(value);
        if (Count % _step != 0)
        {
            return;
        }

        _points.Add(Current());
        if (_points.Count > MaxPoints)
        {
            _step *= 2;
            _points.RemoveAll(p => p.Count % _step != 0);
        }
    }

    /// <summary>The moments after every step-th value and after the last, in increasing count; empty before any value.</summary>
    public IReadOnlyList<RunningMoments> Points() =>
        Count == 0 || (_points.Count > 0 && _points[^1].Count == Count) ? _points.ToArray() : [.. _points, Current()];

    private RunningMoments Current() => new(Count, _statistics.Mean, Count > 1 ? _statistics.Variance : 0);
}
