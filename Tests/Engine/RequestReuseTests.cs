using Shortfall.Engine;
using Shortfall.Engine.Resources;

namespace Shortfall.Tests.Engine;

/// <summary>A process that asks a resource or a container again and again may pass its finished request back
/// instead of making a new one: the same behaviour, and nothing allocated in steady state.</summary>
public class RequestReuseTests
{
    private readonly Simulator _sim = new();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Workers_sharing_two_units_are_served_in_turn_whether_they_reuse_their_request_or_not(bool reuse)
    {
        var units = new Resource(_sim, 2);
        var log = new List<string>();
        for (var w = 0; w < 3; w++)
        {
            _sim.Process(Worker(w));
        }
        _sim.Run();
        // Three one-hour jobs each on two units: a closed form of who holds a unit when.
        Assert.Equal(["0 w0", "0 w1", "1 w2", "1 w0", "2 w1", "2 w2", "3 w0", "3 w1", "4 w2"], log);

        IEnumerable<Event> Worker(int w)
        {
            Request? unit = null;
            for (var job = 0; job < 3; job++)
            {
                unit = units.Request(reuse ? unit : null);
                yield return unit;
                log.Add($"{_sim.Now} w{w}");
                yield return _sim.Timeout(1);
                units.Release(unit);
            }
        }
    }

    [Fact]
    public void A_steady_state_request_and_release_allocates_nothing()
    {
        var units = new PriorityResource(_sim, 2);
        var seized = 0;
        for (var w = 0; w < 5; w++)
        {
            _sim.Process(Worker(w));
        }
        _sim.Run(until: 50); // grow the schedule, the line and the pools to their working size
        var seizedBefore = seized;
        var allocated = Allocations.During(() => _sim.Run(until: 500));
        Assert.True(seized - seizedBefore > 500);
        Assert.Equal(0, allocated);

        IEnumerable<Event> Worker(int w)
        {
            Request? unit = null;
            while (true)
            {
                unit = units.Request(priority: w % 2, reusing: unit);
                yield return unit;
                seized++;
                yield return _sim.Timeout(0.5 + 0.1 * w);
                units.Release(unit);
            }
        }
    }

    [Fact]
    public void A_steady_state_container_put_and_get_allocate_nothing()
    {
        var tank = new Container(_sim, capacity: 10);
        var moved = 0;
        _sim.Process(Producer());
        _sim.Process(Consumer());
        _sim.Run(until: 50);
        var movedBefore = moved;
        var allocated = Allocations.During(() => _sim.Run(until: 500));
        Assert.True(moved - movedBefore > 500);
        Assert.Equal(0, allocated);

        IEnumerable<Event> Producer()
        {
            ContainerPut? put = null;
            while (true)
            {
                // Puts of 4 into 10 wait for room now and then, so both paths of the line are exercised.
                put = tank.Put(4, put);
                yield return put;
                moved++;
                yield return _sim.Timeout(0.3);
            }
        }

        IEnumerable<Event> Consumer()
        {
            ContainerGet? get = null;
            while (true)
            {
                get = tank.Get(3, get);
                yield return get;
                moved++;
                yield return _sim.Timeout(0.5);
            }
        }
    }

    [Fact]
    public void A_request_still_holding_its_unit_or_of_another_resource_cannot_be_reused()
    {
        var units = new Resource(_sim, 1);
        var other = new Resource(_sim, 1);
        var held = units.Request();
        _sim.Run();
        Assert.Throws<InvalidOperationException>(() => units.Request(held));
        units.Release(held);
        Assert.Throws<ArgumentException>(() => other.Request(held));
        Assert.Same(held, units.Request(held));
    }

    [Fact]
    public void A_get_that_has_not_happened_cannot_be_reused()
    {
        var tank = new Container(_sim, capacity: 10);
        var waiting = tank.Get(5);
        Assert.Throws<InvalidOperationException>(() => tank.Get(5, waiting));
        tank.Put(5);
        _sim.Run();
        Assert.Same(waiting, tank.Get(1, waiting));
        Assert.Equal(1, waiting.Amount);
    }
}
