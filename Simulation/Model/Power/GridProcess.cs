using Shortfall.Engine;
using Shortfall.Model.Definition;
using Shortfall.Model.Time;
using Shortfall.Model.Tracing;
using Shortfall.Randomness;

namespace Shortfall.Model.Power;

/// <summary>
/// Switches the grid: on inside the season's scheduled windows unless an outage is under way
/// (see <see cref="OutageClock"/>), so an outage can swallow a scheduled window or cut it short.
/// It wakes only when the grid changes: a window that opens during an outage, or an outage that
/// starts or ends in the hours the schedule leaves dark, changes nothing and is not an event.
/// </summary>
internal sealed class GridProcess
{
    private readonly Simulator _sim;
    private readonly PowerNetwork _network;
    private readonly DailyWindows _schedule;
    private readonly ITraceSink? _trace;
    private readonly OutageClock? _outages;

    public GridProcess(Simulator sim, PowerNetwork network, DailyWindows schedule, Outages? outages, RandomStream random, ITraceSink? trace)
    {
        _sim = sim;
        _network = network;
        _schedule = schedule;
        _trace = trace;
        _outages = outages is null ? null : new OutageClock(outages, random, sim.Now);
        sim.Process(Run(), "grid");
    }

    private IEnumerable<Event> Run()
    {
        while (true)
        {
            var on = IsOn(_sim.Now);
            if (on != _network.GridOn)
            {
                _network.SetGrid(on);
                _trace?.Level(_sim.Now, TraceNames.Grid, on ? 1 : 0);
            }
            var next = on ? NextOff(_sim.Now) : NextOn(_sim.Now);
            if (double.IsPositiveInfinity(next))
            {
                yield break;
            }
            yield return _sim.TimeoutAt(next);
        }
    }

    private bool IsOn(double time) => _schedule.IsOpen(time) && _outages?.IsUnderWay(time) != true;

    /// <summary>While the grid is on: the window's close or the next outage's start, whichever comes first.</summary>
    private double NextOff(double now)
    {
        var close = _schedule.NextChange(now);
        return _outages is null ? close : Math.Min(close, _outages.Ahead(now, 0).Start);
    }

    /// <summary>While the grid is off: the first time after <paramref name="now"/> in a scheduled window and in no outage, found by
    /// stepping past the closed hours and the outages in turn; +∞ when the schedule never opens again.</summary>
    private double NextOn(double now)
    {
        var time = now;
        while (!double.IsPositiveInfinity(time) && !IsOn(time))
        {
            // Off with the window open: an outage is under way.
            time = _schedule.IsOpen(time) ? _outages!.Ahead(time, 0).End : _schedule.NextChange(time);
        }
        return time;
    }
}
