using Shortfall.Engine;
using Shortfall.Model.Definition;
using Shortfall.Randomness;

namespace Shortfall.Model.Power;

/// <summary>
/// Outages alternating with up-times on their own clock, whatever the schedule. They are drawn from their own stream,
/// one after the other, as far ahead as anyone asks: the draws come in the same order however far ahead that is, so
/// looking ahead changes no outage.
/// </summary>
internal sealed class OutageClock
{
    private readonly Outages _outages;
    private readonly RandomStream _random;
    /// <summary>The outages drawn and not yet over, in order.</summary>
    private readonly Deque<(double Start, double End)> _drawn = new();
    private double _lastEnd;

    public OutageClock(Outages outages, RandomStream random, double start)
    {
        _outages = outages;
        _random = random;
        _lastEnd = start;
    }

    /// <summary>True when an outage is under way at <paramref name="time"/> (from its start, up to its end).</summary>
    public bool IsUnderWay(double time)
    {
        var (start, _) = Ahead(time, 0);
        return start <= time;
    }

    /// <summary>The <paramref name="index"/>-th outage (from 0) not over at <paramref name="time"/>: the one under way or the next
    /// to come, then the ones after it. Time only moves on, so outages over by then are forgotten.</summary>
    public (double Start, double End) Ahead(double time, int index)
    {
        while (_drawn.Count > 0 && _drawn[0].End <= time)
        {
            _drawn.RemoveFirst();
        }
        while (_drawn.Count <= index)
        {
            var start = _lastEnd + _outages.Up.SampleDuration(_random);
            _lastEnd = start + _outages.Down.SampleDuration(_random);
            // After a long look away, a fresh draw can be over already.
            if (_lastEnd > time)
            {
                _drawn.AddLast((start, _lastEnd));
            }
        }
        return _drawn[index];
    }
}
