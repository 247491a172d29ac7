using Shortfall.Engine;

namespace Shortfall.Tests.Engine;

public class SchedulingTests
{
    private readonly Simulator _sim = new();
    private readonly List<(string, double)> _log = [];

    private IEnumerable<Event> Sleeper(string name, params double[] delays)
    {
        foreach (var delay in delays)
        {
            yield return _sim.Timeout(delay);
            _log.Add((name, _sim.Now));
        }
    }

    [Fact]
    public void Timeouts_fire_in_time_order_whatever_order_they_were_made_in()
    {
        _sim.Process(Sleeper("late", 5));
        _sim.Process(Sleeper("early", 1));
        _sim.Process(Sleeper("twice", 2, 2));
        _sim.Run();
        Assert.Equal([("early", 1.0), ("twice", 2.0), ("twice", 4.0), ("late", 5.0)], _log);
    }

    [Fact]
    public void Events_at_the_same_time_run_in_the_order_they_were_scheduled()
    {
        foreach (var name in new[] { "a", "b", "c", "d" })
        {
            _sim.Process(Sleeper(name, 3));
        }
        _sim.Run();
        Assert.Equal([("a", 3.0), ("b", 3.0), ("c", 3.0), ("d", 3.0)], _log);
    }

    [Fact]
    public void A_process_started_now_runs_before_a_zero_timeout_scheduled_earlier()
    {
        var zero = _sim.Timeout(0);
        zero.OnProcessed(_ => _log.Add(("timeout", _sim.Now)));
        _sim.Process(Started());
        _sim.Run();
        Assert.Equal([("process", 0.0), ("timeout", 0.0)], _log);

        IEnumerable<Event> Started()
        {
            _log.Add(("process", _sim.Now));
            yield break;
        }
    }

    [Fact]
    public void An_instant_runs_its_urgent_events_first_then_the_rest_in_the_order_they_were_scheduled_before_or_during_it()
    {
        // A and B fall due at 1 h, scheduled at 0; P0 is started once the clock stands at 1 h, before anything ran then.
        // What runs during the instant schedules more of it: P0 starts P1 and succeeds E0; A starts P2, interrupts Q and
        // succeeds E1. Urgent (starts, interrupts) before normal, each in the order scheduled, as SimPy orders them.
        var a = _sim.Timeout(1);
        var b = _sim.Timeout(1);
        var q = _sim.Process(Waiting());
        a.OnProcessed(_ =>
        {
            _log.Add(("A", _sim.Now));
            _sim.Process(Logging("P2"));
            q.Interrupt();
            Succeeded("E1");
        });
        b.OnProcessed(_ => _log.Add(("B", _sim.Now)));
        _sim.Run(until: 1);
        _sim.Process(Starting());
        _sim.Run();
        Assert.Equal(["P0", "P1", "A", "P2", "Q interrupted", "B", "E0", "E1"], _log.Select(e => e.Item1));
        Assert.All(_log, e => Assert.Equal(1.0, e.Item2));

        IEnumerable<Event> Starting()
        {
            _log.Add(("P0", _sim.Now));
            _sim.Process(Logging("P1"));
            Succeeded("E0");
            yield break;
        }

        IEnumerable<Event> Logging(string name)
        {
            _log.Add((name, _sim.Now));
            yield break;
        }

        IEnumerable<Event> Waiting()
        {
            yield return _sim.Timeout(10);
            Assert.True(_sim.ActiveProcess!.TryTakeInterrupt(out _));
            _log.Add(("Q interrupted", _sim.Now));
        }

        void Succeeded(string name)
        {
            var done = _sim.Event();
            done.OnProcessed(_ => _log.Add((name, _sim.Now)));
            done.Succeed();
        }
    }

    [Fact]
    public void Run_until_a_time_stops_before_events_at_that_time_and_sets_the_clock()
    {
        _sim.Process(Sleeper("x", 1, 1, 1, 1));
        _sim.Run(until: 3);
        Assert.Equal([("x", 1.0), ("x", 2.0)], _log);
        Assert.Equal(3, _sim.Now);
        _sim.Run();
        Assert.Equal(4, _sim.Now);
    }

    [Fact]
    public void Run_until_an_event_stops_once_it_is_processed()
    {
        var p = _sim.Process(Sleeper("x", 1, 1));
        _sim.Process(Sleeper("other", 10));
        _sim.Run(p);
        Assert.Equal(2, _sim.Now);
        Assert.True(p.IsProcessed);
        Assert.Equal([("x", 1.0), ("x", 2.0)], _log);
    }

    [Fact]
    public void Run_until_an_event_that_never_comes_fails_loudly()
    {
        var never = _sim.Event();
        _sim.Process(Sleeper("x", 1));
        var error = Assert.Throws<InvalidOperationException>(() => _sim.Run(never));
        Assert.Contains("never processed", error.Message);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_timeout_with_an_impossible_delay_is_refused(double delay)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _sim.Timeout(delay));
    }

    [Fact]
    public void Running_until_a_time_in_the_past_is_refused()
    {
        _sim.Run(until: 5);
        Assert.Throws<ArgumentOutOfRangeException>(() => _sim.Run(until: 4));
    }

    [Fact]
    public void The_clock_maps_to_the_calendar_from_the_start_date()
    {
        var sim = new Simulator(new DateTime(2021, 1, 1));
        sim.Run(until: 36);
        Assert.Equal(new DateTime(2021, 1, 2, 12, 0, 0), sim.CalendarNow);
        Assert.Equal(48, sim.ToTime(new DateTime(2021, 1, 3)));
    }

    [Fact]
    public void Counted_events_include_process_starts_and_timeouts()
    {
        _sim.Process(Sleeper("x", 1, 1));
        _sim.Run();
        // one start, two timeouts, and the process's own completion
        Assert.Equal(4, _sim.ProcessedEvents);
    }

    /// <summary>Random delays from a small set, so many timeouts fall due at the same instant, some kept under a callback
    /// (which keeps them out of the pool) and some not: whatever the schedule's heap does inside, timeouts fire in the order of
    /// their time and, at the same time, of when they were made.</summary>
    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    public void Timeouts_fire_by_time_then_by_when_they_were_made_under_random_delays(int seed, bool inSteps)
    {
        var random = new Random(seed);
        var made = 0;
        var fired = new List<(double Time, int Made)>();
        for (var p = 0; p < 40; p++)
        {
            _sim.Process(Maker());
        }
        if (inSteps)
        {
            // Runs to a time ask the schedule for its next time between steps.
            while (!double.IsPositiveInfinity(_sim.NextEventTime))
            {
                _sim.Run(until: _sim.Now + 0.25);
            }
        }
        else
        {
            _sim.Run();
        }
        Assert.Equal(40 * 50, fired.Count);
        Assert.Equal(fired.OrderBy(f => f.Time).ThenBy(f => f.Made), fired);

        IEnumerable<Event> Maker()
        {
            for (var i = 0; i < 50; i++)
            {
                var number = made++;
                var timeout = _sim.Timeout(random.Next(4) * 0.5);
                if (random.Next(3) == 0)
                {
                    timeout.OnProcessed(_ => fired.Add((_sim.Now, number)));
                    yield return timeout;
                }
                else
                {
                    yield return timeout;
                    fired.Add((_sim.Now, number));
                }
            }
        }
    }
}
