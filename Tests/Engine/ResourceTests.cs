using Shortfall.Engine;
using Shortfall.Engine.Resources;

namespace Shortfall.Tests.Engine;

public class ResourceTests
{
    private readonly Simulator _sim = new();
    private readonly List<string> _log = [];

    [Fact]
    public void Requests_are_served_first_come_first_served()
    {
        var res = new Resource(_sim, capacity: 1);
        foreach (var name in new[] { "a", "b", "c" })
        {
            _sim.Process(User(name, res, 0, 2));
        }
        _sim.Run();
        Assert.Equal(["a got 0", "b got 2", "c got 4"], _log);
    }

    [Fact]
    public void Capacity_two_serves_two_at_once()
    {
        var res = new Resource(_sim, capacity: 2);
        foreach (var name in new[] { "a", "b", "c" })
        {
            _sim.Process(User(name, res, 0, 2));
        }
        _sim.Run();
        Assert.Equal(["a got 0", "b got 0", "c got 2"], _log);
    }

    /// <summary>SimPy documentation, "PriorityResource": users 1, 2, 3 arrive at 0, 1, 2 with priorities 0, 0, −1.</summary>
    [Fact]
    public void The_priority_example_from_the_SimPy_documentation_gives_its_documented_output()
    {
        var res = new PriorityResource(_sim, capacity: 1);
        _sim.Process(PrioritizedUser("1", res, wait: 0, priority: 0));
        _sim.Process(PrioritizedUser("2", res, wait: 1, priority: 0));
        _sim.Process(PrioritizedUser("3", res, wait: 2, priority: -1));
        _sim.Run();
        Assert.Equal(
        [
            "1 requesting at 0 with priority=0",
            "1 got resource at 0",
            "2 requesting at 1 with priority=0",
            "3 requesting at 2 with priority=-1",
            "3 got resource at 3",
            "2 got resource at 6",
        ], _log);

        IEnumerable<Event> PrioritizedUser(string name, PriorityResource resource, double wait, int priority)
        {
            yield return _sim.Timeout(wait);
            using var req = resource.Request(priority);
            _log.Add($"{name} requesting at {_sim.Now} with priority={priority}");
            yield return req;
            _log.Add($"{name} got resource at {_sim.Now}");
            yield return _sim.Timeout(3);
        }
    }

    /// <summary>SimPy documentation, "PreemptiveResource": user 3 (priority −1) preempts user 1 at 2.</summary>
    [Fact]
    public void The_preemption_example_from_the_SimPy_documentation_gives_its_documented_output()
    {
        var res = new PreemptiveResource(_sim, capacity: 1);
        var names = new Dictionary<Process, string>();
        names[_sim.Process(PreemptibleUser("1", res, wait: 0, priority: 0))] = "1";
        names[_sim.Process(PreemptibleUser("2", res, wait: 1, priority: 0))] = "2";
        names[_sim.Process(PreemptibleUser("3", res, wait: 2, priority: -1))] = "3";
        _sim.Run();
        Assert.Equal(
        [
            "1 requesting at 0 with priority=0",
            "1 got resource at 0",
            "2 requesting at 1 with priority=0",
            "3 requesting at 2 with priority=-1",
            "1 got preempted by 3 at 2 after 2",
            "3 got resource at 2",
            "2 got resource at 5",
        ], _log);

        IEnumerable<Event> PreemptibleUser(string name, PreemptiveResource resource, double wait, int priority)
        {
            var me = _sim.ActiveProcess!;
            yield return _sim.Timeout(wait);
            using var req = resource.Request(priority, preempt: true);
            _log.Add($"{name} requesting at {_sim.Now} with priority={priority}");
            yield return req;
            _log.Add($"{name} got resource at {_sim.Now}");
            yield return _sim.Timeout(3);
            if (me.TryTakeInterrupt(out var cause))
            {
                var preempted = (Preempted)cause!;
                _log.Add($"{name} got preempted by {names[preempted.By!]} at {_sim.Now} after {_sim.Now - preempted.UsageSince}");
            }
        }
    }

    [Fact]
    public void A_request_of_equal_priority_does_not_preempt()
    {
        var res = new PreemptiveResource(_sim, capacity: 1);
        _sim.Process(User("a", res, 0, 5));
        _sim.Process(Delayed());
        _sim.Run();
        Assert.Equal(["a got 0", "b got 5"], _log);

        IEnumerable<Event> Delayed()
        {
            yield return _sim.Timeout(1);
            using var req = res.Request(0, preempt: true);
            yield return req;
            _log.Add($"b got {_sim.Now}");
        }
    }

    /// <summary>SimPy grants a released unit when the release event is processed, and a request made in
    /// between takes it at once if it ranks first: A releases at 2 while B (priority 5) waits; C (priority 1)
    /// asks later in the same instant and gets the unit before B.</summary>
    [Fact]
    public void A_unit_released_goes_to_a_higher_priority_request_made_in_the_same_instant()
    {
        var res = new PriorityResource(_sim, capacity: 1);
        _sim.Process(Holder("A", priority: 0, wait: [], hold: 2));
        _sim.Process(Holder("B", priority: 5, wait: [1], hold: 1));
        _sim.Process(Holder("C", priority: 1, wait: [1, 1], hold: 1));
        _sim.Run();
        Assert.Equal(
        [
            "0 A requested",
            "0 A got",
            "1 B requested",
            "2 A released",
            "2 C requested",
            "2 C got",
            "3 C released",
            "3 B got",
            "4 B released",
        ], _log);

        IEnumerable<Event> Holder(string name, int priority, double[] wait, double hold)
        {
            foreach (var delay in wait)
            {
                yield return _sim.Timeout(delay);
            }
            using (var req = res.Request(priority))
            {
                _log.Add($"{_sim.Now} {name} requested");
                yield return req;
                _log.Add($"{_sim.Now} {name} got");
                yield return _sim.Timeout(hold);
            }
            _log.Add($"{_sim.Now} {name} released");
        }
    }

    /// <summary>SimPy's preemption evicts the user with the greatest key (priority, request time, not preempt),
    /// whenever it was granted, and among users of equal keys the one granted last: at 1 the preempting
    /// request evicts a (priority 2, granted first); at 2, of b and c (equal keys), c.</summary>
    [Fact]
    public void Preemption_evicts_the_greatest_key_and_of_equal_keys_the_last_granted()
    {
        var res = new PreemptiveResource(_sim, capacity: 3);
        _sim.Process(Preemptible("a", priority: 2, wait: 0));
        _sim.Process(Preemptible("b", priority: 1, wait: 0));
        _sim.Process(Preemptible("c", priority: 1, wait: 0));
        _sim.Process(Preemptible("p1", priority: 0, wait: 1));
        _sim.Process(Preemptible("p2", priority: 0, wait: 2));
        _sim.Run();
        Assert.Equal(
        [
            "0 a got",
            "0 b got",
            "0 c got",
            "1 a preempted",
            "1 p1 got",
            "2 c preempted",
            "2 p2 got",
            "10 b done",
            "10 p1 done",
            "10 p2 done",
        ], _log);

        IEnumerable<Event> Preemptible(string name, int priority, double wait)
        {
            var me = _sim.ActiveProcess!;
            yield return _sim.Timeout(wait);
            using var req = res.Request(priority, preempt: true);
            yield return req;
            _log.Add($"{_sim.Now} {name} got");
            yield return _sim.Timeout(10 - _sim.Now);
            _log.Add(me.TryTakeInterrupt(out _) ? $"{_sim.Now} {name} preempted" : $"{_sim.Now} {name} done");
        }
    }

    [Fact]
    public void A_withdrawn_request_is_never_granted_and_frees_its_place_in_line()
    {
        var res = new Resource(_sim, capacity: 1);
        _sim.Process(User("holder", res, 0, 4));
        _sim.Process(Impatient());
        _sim.Process(User("patient", res, 0, 1));
        _sim.Run();
        Assert.Equal(["holder got 0", "impatient gave up at 1", "patient got 4"], _log);
        Assert.Equal(0, res.InUse);
        Assert.Equal(0, res.QueueLength);

        IEnumerable<Event> Impatient()
        {
            yield return _sim.Timeout(0);
            using var req = res.Request();
            var patience = _sim.Timeout(1);
            yield return req | patience;
            if (!req.IsProcessed)
            {
                _log.Add($"impatient gave up at {_sim.Now}");
            }
        }
    }

    [Fact]
    public void Capacity_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Resource(_sim, 0));
    }

    private IEnumerable<Event> User(string name, Resource res, double wait, double hold)
    {
        yield return _sim.Timeout(wait);
        using var req = res.Request();
        yield return req;
        _log.Add($"{name} got {_sim.Now}");
        yield return _sim.Timeout(hold);
    }
}
