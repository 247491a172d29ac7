using Shortfall.Engine;

namespace Shortfall.Tests.Engine;

public class WaitTests
{
    private readonly Simulator _sim = new();

    /// <summary>A wait must resume its process at the very point of the schedule where the same any-of condition
    /// would: the order of same-instant events is part of a model's result.</summary>
    [Fact]
    public void A_wait_resumes_exactly_where_an_any_of_condition_over_the_same_events_does()
    {
        var signal = new Signal(_sim);
        var log = new List<string>();
        _sim.Process(ByCondition("condition 1"));
        _sim.Process(ByWait("wait 1"));
        _sim.Process(ByCondition("condition 2"));
        _sim.Process(ByWait("wait 2"));
        _sim.Process(Firer());
        _sim.Run();
        Assert.Equal(
            ["3 bystander", "3 condition 1 True", "3 wait 1 True", "3 condition 2 True", "3 wait 2 True",
                "5 condition 1 False", "5 wait 1 False", "5 condition 2 False", "5 wait 2 False"],
            log);

        IEnumerable<Event> ByCondition(string name)
        {
            for (var i = 0; i < 2; i++)
            {
                var timeout = _sim.Timeout(5 - _sim.Now);
                yield return timeout | signal.Next;
                log.Add($"{_sim.Now} {name} {!timeout.IsProcessed}");
            }
        }

        IEnumerable<Event> ByWait(string name)
        {
            var wait = new Wait(_sim);
            for (var i = 0; i < 2; i++)
            {
                var timeout = _sim.Timeout(5 - _sim.Now);
                yield return wait.For(timeout, signal);
                log.Add($"{_sim.Now} {name} {!timeout.IsProcessed}");
            }
        }

        IEnumerable<Event> Firer()
        {
            yield return _sim.Timeout(3);
            signal.Fire();
            // Scheduled after the firing, so processed before the waiters it met, which go through the schedule.
            var bystander = _sim.Event();
            bystander.OnProcessed(_ => log.Add($"{_sim.Now} bystander"));
            bystander.Succeed();
            yield return _sim.Timeout(0);
        }
    }

    /// <summary>A wait met with nothing else due is processed on the spot instead of through the schedule: on random
    /// models (same-instant timeouts, firings and wake-ups, several waiters a signal) every process still resumes at the
    /// same point of the order as with an any-of condition over the same events, which always goes through the schedule.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Random_waits_resume_in_the_order_of_any_of_conditions(int seed)
    {
        Assert.Equal(RandomModel(seed, byWait: false), RandomModel(seed, byWait: true));
    }

    private static List<string> RandomModel(int seed, bool byWait)
    {
        var sim = new Simulator();
        var random = new Random(seed);
        var signals = Enumerable.Range(0, 3).Select(_ => new Signal(sim)).ToArray();
        var log = new List<string>();
        for (var p = 0; p < 6; p++)
        {
            // Drawn here, in a fixed order, so that both runs see the same delays and signal choices.
            var delays = Enumerable.Range(0, 30).Select(_ => (double)random.Next(0, 4)).ToArray();
            var heard = Enumerable.Range(0, 30).Select(_ => signals.Where(_ => random.Next(2) == 0).ToArray()).ToArray();
            sim.Process(Waiter($"p{p}", delays, heard));
        }
        var firings = Enumerable.Range(0, 40).Select(_ => (Delay: (double)random.Next(0, 3), Signal: random.Next(signals.Length))).ToArray();
        sim.Process(Firer());
        sim.Run();
        return log;

        IEnumerable<Event> Waiter(string name, double[] delays, Signal[][] heard)
        {
            var wait = new Wait(sim);
            for (var i = 0; i < delays.Length; i++)
            {
                var timeout = sim.Timeout(delays[i]);
                yield return byWait ? wait.For(timeout, heard[i]) : sim.AnyOf([timeout, .. heard[i].Select(s => s.Next)]);
                log.Add($"{sim.Now} {name} {(timeout.IsProcessed ? "timeout" : "signal")}");
            }
        }

        IEnumerable<Event> Firer()
        {
            foreach (var (delay, signal) in firings)
            {
                yield return sim.Timeout(delay);
                signals[signal].Fire();
                log.Add($"{sim.Now} fired {signal}");
            }
        }
    }

    [Fact]
    public void A_wait_over_signals_alone_wakes_at_the_first_firing_of_any_and_once_only()
    {
        var first = new Signal(_sim);
        var second = new Signal(_sim);
        var woken = new List<double>();
        _sim.Process(Waiter());
        _sim.Process(Firer());
        _sim.Run();
        Assert.Equal([2.0, 4.0], woken);

        IEnumerable<Event> Waiter()
        {
            var wait = new Wait(_sim);
            for (var i = 0; i < 2; i++)
            {
                yield return wait.For(first, second);
                woken.Add(_sim.Now);
            }
        }

        IEnumerable<Event> Firer()
        {
            yield return _sim.Timeout(2);
            second.Fire();
            first.Fire(); // the same instant: the wait has already been met
            yield return _sim.Timeout(2);
            first.Fire();
            yield return _sim.Timeout(2);
            second.Fire(); // nobody waits any more
        }
    }

    [Fact]
    public void A_wait_on_a_timeout_that_has_passed_is_met_at_once()
    {
        var resumedAt = -1.0;
        _sim.Process(Waiter());
        _sim.Run();
        Assert.Equal(1, resumedAt);

        IEnumerable<Event> Waiter()
        {
            var wait = new Wait(_sim);
            var passed = _sim.Timeout(1);
            yield return passed;
            yield return wait.For(passed, new Signal(_sim));
            resumedAt = _sim.Now;
        }
    }

    [Fact]
    public void Arming_a_wait_that_is_met_but_not_yet_processed_throws()
    {
        var wait = new Wait(_sim);
        wait.For(_sim.Timeout(1));
        _sim.Run(until: 1.5); // the timeout met the wait, which was then processed
        var signal = new Signal(_sim);
        wait.For(signal);
        signal.Fire();
        _sim.Timeout(0); // due now too, so the wait met by the firing goes through the schedule
        _sim.Step(); // the firing is processed: the wait is met and scheduled, not processed
        Assert.Equal(EventState.Triggered, wait.State);
        Assert.Throws<InvalidOperationException>(() => wait.For(signal));
    }

    [Fact]
    public void A_signal_event_taken_as_next_is_never_reused()
    {
        var signal = new Signal(_sim);
        var kept = signal.Next;
        signal.Fire();
        _sim.Run();
        for (var i = 0; i < 5; i++)
        {
            _sim.Process(WaitOnce(signal));
            _sim.Run(until: _sim.Now + 1);
            signal.Fire();
            _sim.Run();
        }
        Assert.True(kept.IsProcessed);
        Assert.NotSame(kept, signal.Next);

        IEnumerable<Event> WaitOnce(Signal s)
        {
            yield return new Wait(_sim).For(s);
        }
    }

    [Fact]
    public void A_firing_nothing_can_hear_is_not_scheduled_and_a_later_wait_wakes_at_the_next_firing()
    {
        // The firer holds 1 h ten times and fires after each; the firings before the waiter arms (at 4.5 h) and after it
        // resumed are heard by no one. Processed: each process's start and end, the firer's ten timeouts, the waiter's
        // timeout and its wait, and the one firing heard, at 5 h.
        var signal = new Signal(_sim);
        var woke = new List<double>();
        _sim.Process(Firer());
        _sim.Process(Waiter());
        _sim.Run();
        Assert.Equal([5.0], woke);
        var firerSteps = 1 + 10 + 1;
        var waiterSteps = 1 + 1 + 1 + 1;
        Assert.Equal(firerSteps + waiterSteps + 1, _sim.ProcessedEvents);

        IEnumerable<Event> Firer()
        {
            for (var i = 0; i < 10; i++)
            {
                yield return _sim.Timeout(1);
                signal.Fire();
            }
        }

        IEnumerable<Event> Waiter()
        {
            yield return _sim.Timeout(4.5);
            yield return new Wait(_sim).For(signal);
            woke.Add(_sim.Now);
        }
    }

    [Fact]
    public void A_steady_state_wait_on_a_timeout_and_signals_allocates_nothing()
    {
        var signals = new[] { new Signal(_sim), new Signal(_sim) };
        var wakes = 0;
        for (var p = 0; p < 3; p++)
        {
            _sim.Process(Waiter(p));
        }
        _sim.Process(Firer());
        _sim.Run(until: 100); // grow the schedule and the pools to their working size
        var wakesBefore = wakes;
        var allocated = Allocations.During(() => _sim.Run(until: 1000));
        Assert.True(wakes - wakesBefore > 1000);
        Assert.Equal(0, allocated);

        IEnumerable<Event> Waiter(int p)
        {
            var wait = new Wait(_sim);
            while (true)
            {
                // Some waits end by the timeout, some by a signal, which leaves the timeout to fire unheard.
                yield return wait.For(_sim.Timeout(0.7 + 0.3 * p), signals);
                wakes++;
            }
        }

        IEnumerable<Event> Firer()
        {
            while (true)
            {
                yield return _sim.Timeout(1.1);
                signals[0].Fire();
                yield return _sim.Timeout(0.4);
                signals[1].Fire();
            }
        }
    }
}
