using Shortfall.Engine;

namespace Shortfall.Tests.Engine;

public class ProcessTests
{
    private readonly Simulator _sim = new();
    private readonly List<(string, double)> _log = [];

    [Fact]
    public void A_process_can_wait_for_another_process_to_finish()
    {
        var child = _sim.Process(Child());
        _sim.Process(Parent(child));
        _sim.Run();
        Assert.Equal([("child done", 4.0), ("parent resumed", 4.0)], _log);

        IEnumerable<Event> Child()
        {
            yield return _sim.Timeout(4);
            _log.Add(("child done", _sim.Now));
        }

        IEnumerable<Event> Parent(Process waitFor)
        {
            yield return waitFor;
            _log.Add(("parent resumed", _sim.Now));
        }
    }

    [Fact]
    public void Yielding_an_event_already_processed_continues_at_once()
    {
        var done = _sim.Event();
        done.Succeed();
        _sim.Process(Waiter());
        _sim.Run();
        Assert.Equal([("first", 0.0), ("second", 0.0)], _log);

        IEnumerable<Event> Waiter()
        {
            yield return _sim.Timeout(0);
            _log.Add(("first", _sim.Now));
            yield return done;
            _log.Add(("second", _sim.Now));
        }
    }

    [Fact]
    public void An_exception_in_a_process_stops_the_run()
    {
        _sim.Process(Broken());
        var error = Assert.Throws<InvalidOperationException>(() => _sim.Run());
        Assert.Equal("boom", error.Message);

        IEnumerable<Event> Broken()
        {
            yield return _sim.Timeout(1);
            throw new InvalidOperationException("boom");
        }
    }

    [Fact]
    public void Yielding_null_is_an_error_naming_the_process()
    {
        _sim.Process(Nothing(), "idle");
        var error = Assert.Throws<InvalidOperationException>(() => _sim.Run());
        Assert.Contains("idle yielded null", error.Message);

        static IEnumerable<Event> Nothing()
        {
            yield return null!;
        }
    }

    [Fact]
    public void The_active_process_is_the_one_running_its_step()
    {
        Process? seen = null;
        var p = _sim.Process(Look());
        _sim.Run();
        Assert.Same(p, seen);
        Assert.Null(_sim.ActiveProcess);

        IEnumerable<Event> Look()
        {
            seen = _sim.ActiveProcess;
            yield break;
        }
    }

    [Fact]
    public void Waiting_on_an_event_of_another_simulator_is_refused()
    {
        var other = new Simulator();
        var foreign = other.Event();
        _sim.Process(Wait());
        Assert.Throws<InvalidOperationException>(() => _sim.Run());

        IEnumerable<Event> Wait()
        {
            yield return foreign;
        }
    }
}
