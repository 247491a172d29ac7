namespace Shortfall.Engine;

/// <summary>A growable ring buffer: O(1) at both ends, O(n) removal in the middle (cancelled
/// requests, filtered items). Resource queues are short, so that trade is the right one; the schedule
/// queues the events due at the instant being processed in it too.</summary>
internal sealed class Deque<T>
{
    private Cell[] _items = new Cell[8];
    private int _head;

    public int Count { get; private set; }

    public T this[int index] => _items[(_head + index) & (_items.Length - 1)].Value;

    public void AddLast(T item)
    {
        if (Count == _items.Length)
        {
            Grow();
        }
        _items[(_head + Count) & (_items.Length - 1)].Value = item;
        Count++;
    }

    /// <summary>Inserts <paramref name="item"/> before position <paramref name="index"/> (at the end when index == Count).</summary>
    public void Insert(int index, T item)
    {
        AddLast(item);
        for (var i = Count - 1; i > index; i--)
        {
            Set(i, this[i - 1]);
        }
        Set(index, item);
    }

    /// <summary>Removes and returns the first item; the deque must not be empty.</summary>
    public T RemoveFirst()
    {
        ref var first = ref _items[_head];
        var item = first.Value;
        first.Value = default!;
        _head = (_head + 1) & (_items.Length - 1);
        Count--;
        return item;
    }

    public void RemoveAt(int index)
    {
        if (index == 0)
        {
            RemoveFirst();
            return;
        }
        for (var i = index; i < Count - 1; i++)
        {
            Set(i, this[i + 1]);
        }
        Set(Count - 1, default!);
        Count--;
    }

    /// <summary>Removes the first occurrence of <paramref name="item"/> (by reference or equality).</summary>
    public bool Remove(T item)
    {
        for (var i = 0; i < Count; i++)
        {
            if (EqualityComparer<T>.Default.Equals(this[i], item))
            {
                RemoveAt(i);
                return true;
            }
        }
        return false;
    }

    private void Set(int index, T item) => _items[(_head + index) & (_items.Length - 1)].Value = item;

    // The length stays a power of two, so a position wraps with a mask.
    private void Grow()
    {
        var bigger = new Cell[_items.Length * 2];
        for (var i = 0; i < Count; i++)
        {
            bigger[i] = _items[(_head + i) & (_items.Length - 1)];
        }
        _items = bigger;
        _head = 0;
    }

    // Each item sits in a struct: a store into an array of a class that is not sealed (an Event, a request) checks the
    // array's element type every time, a store into an array of structs does not.
    private struct Cell
    {
        public T Value;
    }
}
