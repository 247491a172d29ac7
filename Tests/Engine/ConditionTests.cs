using Shortfall.Engine;

namespace Shortfall.Tests.Engine;

public class ConditionTests
{
    private readonly Simulator _sim = new();

    [Fact]
    public void Any_of_resumes_at_the_first_event_and_tells_which_fired()
    {
        double resumedAt = -1;
        bool shortFired = false, longFired = true;
        _sim.Process(Wait());
        _sim.Run();
        Assert.Equal(2, resumedAt);
        Assert.True(shortFired);
        Assert.False(longFired);

        IEnumerable<Event> Wait()
        {
            var quick = _sim.Timeout(2);
            var slow = _sim.Timeout(5);
            yield return quick | slow;
            resumedAt = _sim.Now;
            shortFired = quick.IsProcessed;
            longFired = slow.IsProcessed;
        }
    }

    [Fact]
    public void All_of_resumes_when_the_last_event_is_processed()
    {
        double resumedAt = -1;
        _sim.Process(Wait());
        _sim.Run();
        Assert.Equal(5, resumedAt);

        IEnumerable<Event> Wait()
        {
            yield return _sim.Timeout(2) & _sim.Timeout(5) & _sim.Timeout(1);
            resumedAt = _sim.Now;
        }
    }

    [Fact]
    public void A_condition_over_events_already_processed_is_met_at_once()
    {
        var done = _sim.Event();
        done.Succeed();
        _sim.Run();
        var condition = _sim.AllOf(done);
        Assert.True(condition.IsTriggered);
    }

    [Fact]
    public void A_failing_member_fails_the_condition_with_its_reason()
    {
        var bad = _sim.Event();
        string? reason = null;
        _sim.Process(Wait());
        bad.Fail(new InvalidOperationException("no fuel"));
        _sim.Run();
        Assert.Equal("no fuel", reason);

        IEnumerable<Event> Wait()
        {
            var either = bad | _sim.Timeout(3);
            yield return either;
            reason = either.IsOk ? null : either.Failure!.Message;
        }
    }

    /// <summary>SimPy: a condition over no events succeeds at once (with an empty value), so a
    /// condition built from a list that may be empty, such as zero trucks, needs no special case.</summary>
    [Fact]
    public void A_condition_over_no_events_succeeds_at_once()
    {
        var log = new List<string>();
        _sim.Process(Wait());
        _sim.Run();
        Assert.Equal(["all of none at 0", "any of none at 0"], log);

        IEnumerable<Event> Wait()
        {
            var all = _sim.AllOf();
            Assert.True(all.IsTriggered);
            Assert.Empty(all.Events);
            yield return all;
            log.Add($"all of none at {_sim.Now}");
            yield return _sim.AnyOf([]);
            log.Add($"any of none at {_sim.Now}");
        }
    }

    /// <summary>SimPy: once a condition is met it removes its checks from its events, recursively through
    /// the conditions nested in it, so <c>a | (b &amp; c)</c> met by <c>a</c> leaves nothing attached to b and c.</summary>
    [Fact]
    public void A_met_condition_detaches_the_conditions_nested_in_it()
    {
        var b = _sim.Event();
        var c = _sim.Event();
        var inner = b & c;
        var outer = _sim.Timeout(1) | inner;
        _sim.Run();
        Assert.True(outer.IsProcessed);
        b.Succeed();
        c.Succeed();
        _sim.Run();
        Assert.False(inner.IsTriggered);
    }

    /// <summary>Where this kernel departs from SimPy on purpose: a nested condition that something else
    /// also waits for stays attached (SimPy would detach it and leave that waiter hanging).</summary>
    [Fact]
    public void A_nested_condition_that_is_also_waited_for_elsewhere_stays_attached()
    {
        var b = _sim.Event();
        var c = _sim.Event();
        var inner = b & c;
        double metAt = -1;
        inner.OnProcessed(_ => metAt = _sim.Now);
        _ = _sim.Timeout(1) | inner;
        _sim.Run();
        b.Succeed();
        c.Succeed();
        _sim.Run();
        Assert.Equal(1, metAt);
    }

    [Fact]
    public void A_met_condition_stops_listening_to_the_rest()
    {
        var never = _sim.Event();
        var calls = 0;
        var condition = _sim.Timeout(1) | never;
        condition.OnProcessed(_ => calls++);
        _sim.Run();
        never.Succeed();
        _sim.Run();
        Assert.Equal(1, calls);
    }
}
