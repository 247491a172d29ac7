using Shortfall.Engine;
using Shortfall.Engine.Resources;

namespace Shortfall.Tests.Engine;

public class StoreTests
{
    private readonly Simulator _sim = new();
    private readonly List<string> _log = [];

    [Fact]
    public void An_owner_puts_items_in_at_once_and_a_waiting_get_takes_one_in_the_same_instant()
    {
        var sim = new Simulator();
        var yard = new Store<string>(sim, capacity: 2);
        string? got = null;
        sim.Process(Driver());
        sim.Process(Owner());
        sim.Run();
        Assert.Equal("truck", got);
        Assert.False(yard.Contains("truck"));
        Assert.True(yard.Contains("cart"));
        Assert.False(yard.PutNow("van"));
        Assert.Equal(2, yard.Count);

        IEnumerable<Event> Driver()
        {
            var get = yard.Get();
            yield return get;
            got = get.Value;
            Assert.Equal(1, sim.Now);
        }

        IEnumerable<Event> Owner()
        {
            yield return sim.Timeout(1);
            Assert.True(yard.PutNow("truck"));
            Assert.True(yard.PutNow("cart"));
            Assert.True(yard.PutNow("bike"));
        }
    }

    [Fact]
    public void Items_come_out_oldest_first_and_a_get_waits_for_an_item()
    {
        var store = new Store<string>(_sim);
        _sim.Process(Consumer(3));
        _sim.Process(Producer("a", "b", "c"));
        _sim.Run();
        Assert.Equal(["a at 1", "b at 2", "c at 3"], _log);

        IEnumerable<Event> Producer(params string[] items)
        {
            foreach (var item in items)
            {
                yield return _sim.Timeout(1);
                yield return store.Put(item);
            }
        }

        IEnumerable<Event> Consumer(int count)
        {
            for (var i = 0; i < count; i++)
            {
                var get = store.Get();
                yield return get;
                _log.Add($"{get.Value} at {_sim.Now}");
            }
        }
    }

    [Fact]
    public void A_full_store_makes_a_put_wait()
    {
        var store = new Store<int>(_sim, capacity: 2);
        _sim.Process(Producer());
        _sim.Process(Consumer());
        _sim.Run();
        Assert.Equal(["put 0 at 0", "put 1 at 0", "put 2 at 5"], _log);

        IEnumerable<Event> Producer()
        {
            for (var i = 0; i < 3; i++)
            {
                yield return store.Put(i);
                _log.Add($"put {i} at {_sim.Now}");
            }
        }

        IEnumerable<Event> Consumer()
        {
            yield return _sim.Timeout(5);
            yield return store.Get();
        }
    }

    [Fact]
    public void A_filtered_get_takes_the_oldest_match_and_does_not_block_other_gets()
    {
        var store = new FilterStore<int>(_sim);
        _sim.Process(Want("even", x => x % 2 == 0));
        _sim.Process(Want("any", _ => true));
        _sim.Process(Supply(1, 3, 4));
        _sim.Run();
        Assert.Equal(["any got 1 at 1", "even got 4 at 3"], _log);
        Assert.Equal(1, store.Count);
        Assert.Equal(3, store[0]);

        IEnumerable<Event> Want(string name, Predicate<int> filter)
        {
            var get = store.Get(filter);
            yield return get;
            _log.Add($"{name} got {get.Value} at {_sim.Now}");
        }

        IEnumerable<Event> Supply(params int[] items)
        {
            foreach (var item in items)
            {
                yield return _sim.Timeout(1);
                yield return store.Put(item);
            }
        }
    }

    /// <summary>SimPy's FilterStore tries a waiting get's filter on each item once each time the gets are
    /// retried after a put: one item, one call; two items, two more.</summary>
    [Fact]
    public void A_waiting_filtered_get_tries_each_item_once_per_put()
    {
        var store = new FilterStore<int>(_sim);
        var calls = 0;
        store.Get(x =>
        {
            calls++;
            return x > 10;
        });
        store.Put(1);
        _sim.Run();
        Assert.Equal(1, calls);
        store.Put(2);
        _sim.Run();
        Assert.Equal(3, calls);
    }

    [Fact]
    public void Spoiled_items_can_be_removed_at_once()
    {
        var store = new Store<double>(_sim);
        store.Put(5);
        store.Put(12);
        Assert.True(store.TryRemove(expiry => expiry < 10, out var removed));
        Assert.Equal(5, removed);
        Assert.False(store.TryRemove(expiry => expiry < 10, out _));
        Assert.Equal(1, store.Count);
    }

    [Fact]
    public void An_owner_takes_an_item_of_its_own_out_by_equality_and_the_others_keep_their_order()
    {
        var yard = new Store<string>(_sim);
        foreach (var unit in new[] { "truck", "cart", "van" })
        {
            yard.PutNow(unit);
        }
        Assert.True(yard.Remove("cart"));
        Assert.False(yard.Remove("cart"));
        Assert.False(yard.Contains("cart"));
        Assert.Equal(["truck", "van"], [yard[0], yard[1]]);
        Assert.Equal(2, yard.Count);
    }
}
