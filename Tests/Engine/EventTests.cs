using Shortfall.Engine;

namespace Shortfall.Tests.Engine;

public class EventTests
{
    private readonly Simulator _sim = new();

    [Fact]
    public void A_value_event_hands_its_value_to_the_waiting_process()
    {
        var answer = _sim.Event<int>();
        var got = 0;
        _sim.Process(Wait());
        _sim.Process(Answer());
        _sim.Run();
        Assert.Equal(42, got);

        IEnumerable<Event> Wait()
        {
            yield return answer;
            got = answer.Value;
        }

        IEnumerable<Event> Answer()
        {
            yield return _sim.Timeout(2);
            answer.Succeed(42);
        }
    }

    [Fact]
    public void An_event_triggers_only_once()
    {
        var e = _sim.Event();
        e.Succeed();
        Assert.Throws<InvalidOperationException>(() => e.Succeed());
        Assert.Throws<InvalidOperationException>(() => e.Fail(new Exception("late")));
    }

    [Fact]
    public void A_failure_nobody_looks_at_stops_the_run()
    {
        var e = _sim.Event();
        e.Fail(new InvalidOperationException("pump broke"));
        var error = Assert.Throws<UnhandledFailureException>(() => _sim.Run());
        Assert.Contains("pump broke", error.Message);
    }

    [Fact]
    public void A_process_that_ignores_the_failure_it_waited_for_stops_the_run()
    {
        var e = _sim.Event();
        _sim.Process(Ignore());
        e.Fail(new InvalidOperationException("pump broke"));
        Assert.Throws<UnhandledFailureException>(() => _sim.Run());

        IEnumerable<Event> Ignore()
        {
            yield return e;
            yield return _sim.Timeout(1);
        }
    }

    [Fact]
    public void A_process_that_checks_the_failure_goes_on()
    {
        var e = _sim.Event();
        string? seen = null;
        _sim.Process(Handle());
        e.Fail(new InvalidOperationException("pump broke"));
        _sim.Run();
        Assert.Equal("pump broke", seen);
        Assert.Equal(1, _sim.Now);

        IEnumerable<Event> Handle()
        {
            yield return e;
            if (!e.IsOk)
            {
                seen = e.Failure!.Message;
            }
            yield return _sim.Timeout(1);
        }
    }

    [Fact]
    public void The_value_of_a_failed_event_cannot_be_read()
    {
        var e = _sim.Event<int>();
        e.Fail(new Exception("no"));
        Assert.Throws<InvalidOperationException>(() => e.Value);
    }

    [Fact]
    public void Callbacks_run_in_the_order_they_were_added()
    {
        var order = new List<int>();
        var e = _sim.Timeout(1);
        e.OnProcessed(_ => order.Add(1));
        e.OnProcessed(_ => order.Add(2));
        e.OnProcessed(_ => order.Add(3));
        _sim.Run();
        Assert.Equal([1, 2, 3], order);
    }
}
