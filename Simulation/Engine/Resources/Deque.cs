namespace Shortfall.Engine.Resources;

/// <summary>A growable ring buffer: O(1) at both ends, O(n) removal in the middle (cancelled
/// requests, filtered items). Resource queues are short, so that trade is the right one.</summary>
internal sealed class Deque<T>
{
    private T[] _items = new T[8];
    private int _head;

    public int Count { get; private set; }

    public T this[int index] => _items[(_head + index) & (_items.Length - 1)];

    public void AddLast(T item)
    {
        if (Count == _items.Length)
        {
            Grow();
        }
        _items[(_head + Count) & (_items.Length - 1)] = item;
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

    public void RemoveAt(int index)
    {
        if (index == 0)
        {
            _items[_head] = default!;
            _head = (_head + 1) & (_items.Length - 1);
        }
        else
        {
            for (var i = index; i < Count - 1; i++)
            {
                Set(i, this[i + 1]);
            }
            Set(Count - 1, default!);
        }
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

    private void Set(int index, T item) => _items[(_head + index) & (_items.Length - 1)] = item;

    private void Grow()
    {
        var bigger = new T[_items.Length * 2];
        for (var i = 0; i < Count; i++)
        {
            bigger[i] = this[i];
        }
        _items = bigger;
        _head = 0;
    }
}
