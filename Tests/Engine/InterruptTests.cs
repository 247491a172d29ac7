using Shortfall.Engine;

namespace Shortfall.Tests.Engine;

public class InterruptTests
{
    private readonly Simulator _sim = new();
    private readonly List<string> _log = [];

    /// <summary>SimPy's documented car example ("Interrupting another process"): a driver interrupts
    /// charging at 3; the charging process itself runs on to 5 unobserved.</summary>
    [Fact]
    public void The_car_example_from_the_SimPy_documentation_gives_its_documented_output()
    {
        var car = _sim.Process(Car(), "car");
        _sim.Process(Driver(car));
        _sim.Run(until: 15);
        Assert.Equal(
        [
            "Start parking and charging at 0",
            "Was interrupted. Hope, the battery is full enough ...",
            "Start driving at 3",
            "Start parking and charging at 5",
            "Start driving at 10",
            "Start parking and charging at 12",
        ], _log);

        IEnumerable<Event> Car()
        {
            var me = _sim.ActiveProcess!;
            while (true)
            {
                _log.Add($"Start parking and charging at {_sim.Now}");
                yield return _sim.Process(Charge(5));
                if (me.TryTakeInterrupt(out _))
                {
                    _log.Add("Was interrupted. Hope, the battery is full enough ...");
                }
                _log.Add($"Start driving at {_sim.Now}");
                yield return _sim.Timeout(2);
            }
        }

        IEnumerable<Event> Charge(double duration)
        {
            yield return _sim.Timeout(duration);
        }

        IEnumerable<Event> Driver(Process target)
        {
            yield return _sim.Timeout(3);
            target.Interrupt();
        }
    }

    [Fact]
    public void An_interrupt_the_process_does_not_take_stops_the_run_naming_process_and_cause()
    {
        var worker = _sim.Process(Forgetful(), "press");
        _sim.Process(Breaker(worker));
        var error = Assert.Throws<UnhandledInterruptException>(() => _sim.Run());
        Assert.Contains("press", error.Message);
        Assert.Equal("jammed", error.Cause);

        IEnumerable<Event> Forgetful()
        {
            yield return _sim.Timeout(10);
            yield return _sim.Timeout(10);
        }
    }

    [Fact]
    public void The_interrupted_process_resumes_at_the_interrupt_with_its_cause()
    {
        object? cause = null;
        double at = -1;
        var worker = _sim.Process(Careful());
        _sim.Process(Breaker(worker));
        _sim.Run();
        Assert.Equal("jammed", cause);
        Assert.Equal(1, at);

        IEnumerable<Event> Careful()
        {
            var me = _sim.ActiveProcess!;
            yield return _sim.Timeout(10);
            if (me.TryTakeInterrupt(out cause))
            {
                at = _sim.Now;
            }
        }
    }

    [Fact]
    public void A_finished_process_cannot_be_interrupted()
    {
        var quick = _sim.Process(Quick());
        _sim.Run();
        Assert.Throws<InvalidOperationException>(() => quick.Interrupt());

        IEnumerable<Event> Quick()
        {
            yield return _sim.Timeout(1);
        }
    }

    [Fact]
    public void An_interrupt_arriving_after_the_process_ended_is_dropped()
    {
        // Two interrupts in one instant: the first ends the victim, so the second finds it finished.
        var causes = new List<object?>();
        var victim = _sim.Process(EndsOnInterrupt());
        _sim.Process(InterruptTwice(victim));
        _sim.Run();
        Assert.True(victim.IsProcessed);
        Assert.Equal(["first"], causes);

        IEnumerable<Event> EndsOnInterrupt()
        {
            var me = _sim.ActiveProcess!;
            yield return _sim.Timeout(10);
            me.TryTakeInterrupt(out var cause);
            causes.Add(cause);
        }

        IEnumerable<Event> InterruptTwice(Process target)
        {
            yield return _sim.Timeout(1);
            target.Interrupt("first");
            target.Interrupt("second");
        }
    }

    [Fact]
    public void A_process_cannot_interrupt_itself()
    {
        _sim.Process(Self());
        Assert.Throws<InvalidOperationException>(() => _sim.Run());

        IEnumerable<Event> Self()
        {
            _sim.ActiveProcess!.Interrupt();
            yield break;
        }
    }

    private IEnumerable<Event> Breaker(Process target)
    {
        yield return _sim.Timeout(1);
        target.Interrupt("jammed");
    }
}
