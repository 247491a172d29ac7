using Shortfall.Engine;
using Shortfall.Engine.Resources;
using Shortfall.Randomness;

namespace Shortfall.Tests.Engine;

public class ContainerTests
{
    private readonly Simulator _sim = new();

    [Fact]
    public void A_get_waits_until_enough_is_put()
    {
        var tank = new Container(_sim, capacity: 100, initial: 10);
        double gotAt = -1;
        _sim.Process(Taker());
        _sim.Process(Filler());
        _sim.Run();
        Assert.Equal(3, gotAt);
        Assert.Equal(10 + 15 + 15 - 30, tank.Level);

        IEnumerable<Event> Taker()
        {
            yield return tank.Get(30);
            gotAt = _sim.Now;
        }

        IEnumerable<Event> Filler()
        {
            yield return _sim.Timeout(1);
            yield return tank.Put(15);
            yield return _sim.Timeout(2);
            yield return tank.Put(15);
        }
    }

    [Fact]
    public void An_owner_takes_and_puts_at_once_as_much_as_there_is_and_as_much_as_fits()
    {
        var bin = new Container(_sim, capacity: 10, initial: 4);
        Assert.Equal(4, bin.TakeUpTo(6));
        Assert.Equal(0, bin.Level);
        Assert.Equal(10, bin.PutUpTo(12));
        Assert.Equal(10, bin.Level);
        Assert.Equal(0, bin.TakeUpTo(0));
        // What is left within rounding of what was taken is dust, and goes with it.
        var sum = new Container(_sim, initial: 0.1 + 0.2);
        Assert.Equal(0.3, sum.TakeUpTo(0.3));
        Assert.Equal(0, sum.Level);
        Assert.Throws<ArgumentOutOfRangeException>(() => bin.TakeUpTo(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => bin.PutUpTo(double.NaN));
    }

    [Fact]
    public void An_owners_put_serves_a_waiting_get_in_the_same_instant()
    {
        var tank = new Container(_sim, capacity: 100);
        double gotAt = -1;
        _sim.Process(Taker());
        _sim.Process(Owner());
        _sim.Run();
        Assert.Equal(2, gotAt);
        Assert.Equal(5, tank.Level);

        IEnumerable<Event> Taker()
        {
            yield return tank.Get(20);
            gotAt = _sim.Now;
        }

        IEnumerable<Event> Owner()
        {
            yield return _sim.Timeout(2);
            tank.PutUpTo(25);
        }
    }

    [Fact]
    public void A_put_waits_until_the_amount_fits()
    {
        var tank = new Container(_sim, capacity: 10, initial: 8);
        double putAt = -1;
        _sim.Process(Putter());
        _sim.Process(Drainer());
        _sim.Run();
        Assert.Equal(4, putAt);
        Assert.Equal(10, tank.Level);

        IEnumerable<Event> Putter()
        {
            yield return tank.Put(5);
            putAt = _sim.Now;
        }

        IEnumerable<Event> Drainer()
        {
            yield return _sim.Timeout(4);
            yield return tank.Get(3);
        }
    }

    [Fact]
    public void Gets_are_served_in_order_so_a_large_get_blocks_smaller_ones_behind_it()
    {
        var tank = new Container(_sim, capacity: 100, initial: 5);
        var order = new List<string>();
        _sim.Process(Getter("big", 50));
        _sim.Process(Getter("small", 1));
        _sim.Process(Filler());
        _sim.Run();
        Assert.Equal(["big at 2", "small at 2"], order);

        IEnumerable<Event> Getter(string name, double amount)
        {
            yield return tank.Get(amount);
            order.Add($"{name} at {_sim.Now}");
        }

        IEnumerable<Event> Filler()
        {
            yield return _sim.Timeout(2);
            yield return tank.Put(50);
        }
    }

    [Fact]
    public void Decimal_amounts_that_fill_the_container_exactly_are_not_blocked_by_rounding()
    {
        var tank = new Container(_sim, capacity: 0.3);
        _sim.Process(Fill());
        _sim.Run();
        Assert.Equal(0.3, tank.Level);
        Assert.Equal(0, tank.PutQueueLength);

        IEnumerable<Event> Fill()
        {
            yield return tank.Put(0.1);
            yield return tank.Put(0.2);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(11)]
    [InlineData(double.NaN)]
    public void Impossible_amounts_are_refused(double amount)
    {
        var tank = new Container(_sim, capacity: 10);
        Assert.Throws<ArgumentOutOfRangeException>(() => tank.Put(amount));
        Assert.Throws<ArgumentOutOfRangeException>(() => tank.Get(amount));
    }

    [Fact]
    public void The_level_stays_within_bounds_and_amounts_are_conserved_under_random_puts_and_gets()
    {
        var random = new RandomStream(20261123);
        const double capacity = 50;
        var tank = new Container(_sim, capacity, initial: 25);
        var observer = new BoundsObserver();
        tank.Observer = observer;
        double put = 0, got = 0;
        for (var i = 0; i < 20; i++)
        {
            _sim.Process(Putter());
            _sim.Process(Getter());
        }
        _sim.Run(until: 2000);
        Assert.InRange(observer.Min, 0, capacity);
        Assert.InRange(observer.Max, 0, capacity);
        Assert.True(observer.Changes > 1000);
        Assert.Equal(25 + put - got, tank.Level, 9);

        IEnumerable<Event> Putter()
        {
            while (true)
            {
                yield return _sim.Timeout(random.NextDouble() * 3);
                var amount = 1 + random.NextDouble() * 20;
                yield return tank.Put(amount);
                put += amount;
            }
        }

        IEnumerable<Event> Getter()
        {
            while (true)
            {
                yield return _sim.Timeout(random.NextDouble() * 3);
                var amount = 1 + random.NextDouble() * 20;
                yield return tank.Get(amount);
                got += amount;
            }
        }
    }

    private sealed class BoundsObserver : ILevelObserver
    {
        public double Min { get; private set; } = double.PositiveInfinity;
        public double Max { get; private set; } = double.NegativeInfinity;
        public int Changes { get; private set; }

        public void OnLevelChanged(double time, double level)
        {
            Min = Math.Min(Min, level);
            Max = Math.Max(Max, level);
            Changes++;
        }
    }
}
