namespace Shortfall.Engine.Resources;

/// <summary>
/// A store of discrete items (batches, each with its expiry time) holding at most
/// <see cref="Capacity"/>. A put waits while the store is full; a get takes the oldest item,
/// waiting while there is none. <see cref="FilterStore{T}"/> takes the oldest item that matches.
/// </summary>
public class Store<T> : PutGetResource<StorePut<T>, StoreGet<T>>
{
    private readonly Deque<T> _items = new();

    /// <summary>Creates an empty store of at most <paramref name="capacity"/> items.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When capacity is not positive.</exception>
    public Store(Simulator simulator, int capacity = int.MaxValue) : base(simulator)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Capacity = capacity;
    }

    /// <summary>The most items the store holds.</summary>
    public int Capacity { get; }

    /// <summary>How many items it holds now.</summary>
    public int Count => _items.Count;

    /// <summary>The item at <paramref name="index"/>, oldest first.</summary>
    public T this[int index] => index >= 0 && index < _items.Count
        ? _items[index]
        : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Puts <paramref name="item"/> in, waiting while the store is full.</summary>
    public StorePut<T> Put(T item) => EnqueuePut(new StorePut<T>(this, item));

    /// <summary>Takes the oldest item, waiting while there is none.</summary>
    public StoreGet<T> Get() => EnqueueGet(new StoreGet<T>(this, null));

    /// <summary>Takes the oldest item matching <paramref name="filter"/> out at once, without waiting (e.g. to discard spoiled batches).</summary>
    /// <returns>True when an item was removed.</returns>
    public bool TryRemove(Predicate<T> filter, out T item)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var index = IndexOf(filter);
        if (index < 0)
        {
            item = default!;
            return false;
        }
        item = TakeAt(index);
        return true;
    }

    /// <summary>Takes <paramref name="item"/> (by the type's default equality) out at once, without waiting (for an owner that keeps its
    /// own items, such as a yard of trucks).</summary>
    /// <returns>True when the item was in the store.</returns>
    public bool Remove(T item)
    {
        var index = IndexOf(item);
        if (index < 0)
        {
            return false;
        }
        TakeAt(index);
        return true;
    }

    /// <summary>Puts <paramref name="item"/> in at once when there is room, without waiting (for an owner that keeps
    /// its own items, such as a yard of trucks); gets waiting for an item are served after.</summary>
    /// <returns>True when the item was put in; false when the store is full.</returns>
    public bool PutNow(T item)
    {
        if (_items.Count >= Capacity)
        {
            return false;
        }
        _items.AddLast(item);
        LevelChanged(_items.Count);
        Serve();
        return true;
    }

    /// <summary>True when <paramref name="item"/> is in the store (by the type's default equality).</summary>
    public bool Contains(T item) => IndexOf(item) >= 0;

    /// <summary>Makes a get that waits for the oldest item matching <paramref name="filter"/>.</summary>
    private protected StoreGet<T> EnqueueFiltered(Predicate<T> filter) => EnqueueGet(new StoreGet<T>(this, filter));

    private protected override bool TryPut(StorePut<T> put)
    {
        if (_items.Count >= Capacity)
        {
            return false;
        }
        _items.AddLast(put.Item);
        LevelChanged(_items.Count);
        put.Succeed();
        return true;
    }

    private protected override bool TryGet(StoreGet<T> get)
    {
        var index = get.Filter is null ? (_items.Count > 0 ? 0 : -1) : IndexOf(get.Filter);
        if (index < 0)
        {
            return false;
        }
        get.Succeed(TakeAt(index));
        return true;
    }

    private int IndexOf(T item)
    {
        for (var i = 0; i < _items.Count; i++)
        {
            if (EqualityComparer<T>.Default.Equals(_items[i], item))
            {
                return i;
            }
        }
        return -1;
    }

    private int IndexOf(Predicate<T> filter)
    {
        for (var i = 0; i < _items.Count; i++)
        {
            if (filter(_items[i]))
            {
                return i;
            }
        }
        return -1;
    }

    private T TakeAt(int index)
    {
        var item = _items[index];
        _items.RemoveAt(index);
        LevelChanged(_items.Count);
        return item;
    }
}
