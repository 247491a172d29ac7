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
/// <para>
/// Most changes no one hears: a line off shift with nothing to book by the power, no draw to cut, no
/// trace. Then the process sleeps, and the network works the grid's state out when it is read
/// (<see cref="CatchUp"/>); it wakes when something starts listening to the power or draws from it.
/// Every process that reads the grid is resumed after the instant's scheduled events, the grid's
/// changes among them, so it reads the same state either way.
/// </para>
/// </summary>
internal sealed class GridProcess
{
    private readonly Simulator _sim;
    private readonly PowerNetwork _network;
    private readonly DailyWindows _schedule;
    private readonly ITraceSink? _trace;
    private readonly OutageClock? _outages;
    /// <summary>Fired to wake the process when someone starts hearing the grid while it sleeps.</summary>
    private readonly Signal _heard;
    private bool _asleep;

    public GridProcess(Simulator sim, PowerNetwork network, DailyWindows schedule, Outages? outages, RandomStream random, ITraceSink? trace)
    {
        _sim = sim;
        _network = network;
        _schedule = schedule;
        _trace = trace;
        _outages = outages is null ? null : new OutageClock(outages, random, sim.Now);
        _heard = new Signal(sim);
        network.FollowGrid(this);
        sim.Process(Run(), "grid");
    }

    /// <summary>Brings the grid up to date while the process sleeps.</summary>
    public void CatchUp()
    {
        if (_asleep)
        {
            Apply();
        }
    }

    /// <summary>Someone hears the grid from now on: brought up to date, the process follows its changes again.</summary>
    public void Wake()
    {
        if (_asleep)
        {
            Apply();
            _asleep = false;
            _heard.Fire();
        }
    }

    private IEnumerable<Event> Run()
    {
        var wait = new Wait(_sim);
        while (true)
        {
            var on = Apply();
            if (!IsHeard)
            {
                _asleep = true;
                yield return wait.For(_heard);
                continue;
            }
            var next = on ? NextOff(_sim.Now) : NextOn(_sim.Now);
            if (double.IsPositiveInfinity(next))
            {
                yield break;
            }
            yield return _sim.TimeoutAt(next);
        }
    }

    /// <summary>True while a change of the grid matters now: something listens to the power, draws from it, or traces it.</summary>
    private bool IsHeard => _trace is not null || _network.Changed.IsHeard || _network.GridChanged.IsHeard || _network.DrawnKw > 0;

    /// <summary>Sets the grid to its state now; returns it.</summary>
    private bool Apply()
    {
        var on = IsOn(_sim.Now);
        if (_network.SetGrid(on))
        {
            _trace?.Level(_sim.Now, TraceNames.Grid, on ? 1 : 0);
        }
        return on;
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
