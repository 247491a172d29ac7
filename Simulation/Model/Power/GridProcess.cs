using Shortfall.Engine;
using Shortfall.Model.Definition;
using Shortfall.Model.Time;
using Shortfall.Model.Tracing;
using Shortfall.Randomness;

namespace Shortfall.Model.Power;

/// <summary>
/// Switches the grid: on inside the season's scheduled windows unless an outage is under way.
/// Outages alternate with up-times on their own clock, whatever the schedule, so an outage can
/// swallow a scheduled window or cut it short.
/// </summary>
internal sealed class GridProcess
{
    private readonly Simulator _sim;
    private readonly PowerNetwork _network;
    private readonly DailyWindows _schedule;
    private readonly ITraceSink? _trace;
    private bool _inOutage;

    public GridProcess(Simulator sim, PowerNetwork network, DailyWindows schedule, Outages? outages, RandomStream random, ITraceSink? trace)
    {
        _sim = sim;
        _network = network;
        _schedule = schedule;
        _trace = trace;
        sim.Process(Scheduled(), "grid schedule");
        if (outages is not null)
        {
            sim.Process(Outages(outages, random), "grid outages");
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

    private IEnumerable<Event> Outages(Outages outages, RandomStream random)
    {
        while (true)
        {
            yield return _sim.Timeout(outages.Up.SampleDuration(random));
            _inOutage = true;
            Apply();
            var down = outages.Down.SampleDuration(random);
            yield return _sim.Timeout(down);
            _inOutage = false;
            Apply();
        }
    }

    private void Apply()
    {
        var on = _schedule.IsOpen(_sim.Now) && !_inOutage;
        if (on != _network.GridOn)
        {
            _network.SetGrid(on);
            _trace?.Level(_sim.Now, TraceNames.Grid, on ? 1 : 0);
        }
    }
}
