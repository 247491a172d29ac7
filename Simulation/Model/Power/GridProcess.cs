using Shortfall.Engine;
using Shortfall.Model.Definition;
using Shortfall.Model.Time;
using Shortfall.Model.Tracing;
using Shortfall.Randomness;

namespace Shortfall.Model.Power;

/// <summary>
/// Switches the grid: on inside the season's scheduled windows unless an outage is under way
/// (see <see cref="OutageClock"/>), so an outage can swallow a scheduled window or cut it short.
/// An outage that starts or ends outside the windows changes nothing, and is not an event: most of
/// them fall in the hours the schedule leaves dark.
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
        sim.Process(Scheduled(), "grid schedule");
        if (outages is not null)
        {
            _outages = new OutageClock(outages, random, sim.Now);
            sim.Process(Outages(_outages), "grid outages");
        }
    }

    private IEnumerable<Event> Scheduled()
    {
        while (true)
        {
            Apply();
            var next = _schedule.NextChange(_sim.Now);
            if (double.IsPositiveInfinity(next))
            {
                yield break;
            }
            yield return _sim.TimeoutAt(next);
        }
    }

    private IEnumerable<Event> Outages(OutageClock outages)
    {
        while (true)
        {
            var next = NextSwitchInWindow(outages, _sim.Now);
            if (double.IsPositiveInfinity(next))
            {
                yield break;
            }
            yield return _sim.TimeoutAt(next);
            Apply();
        }
    }

    /// <summary>The first start or end of an outage after <paramref name="now"/> that falls in a scheduled window, or +∞ when the
    /// schedule never opens again.</summary>
    private double NextSwitchInWindow(OutageClock outages, double now)
    {
        // The schedule is known closed over [dark, light): switches there need no look.
        var (dark, light) = (now, now);
        for (var i = 0; ; i++)
        {
            var (start, end) = outages.Ahead(now, i);
            if (start > now && !(dark <= start && start < light) && _schedule.IsOpen(start))
            {
                return start;
            }
            if (dark <= end && end < light)
            {
                continue;
            }
            if (_schedule.IsOpen(end))
            {
                return end;
            }
            (dark, light) = (end, _schedule.NextChange(end));
            if (double.IsPositiveInfinity(light))
            {
                return double.PositiveInfinity;
            }
        }
    }

    private void Apply()
    {
        var on = _schedule.IsOpen(_sim.Now) && _outages?.IsUnderWay(_sim.Now) != true;
        if (on != _network.GridOn)
        {
            _network.SetGrid(on);
            _trace?.Level(_sim.Now, TraceNames.Grid, on ? 1 : 0);
        }
    }
}
