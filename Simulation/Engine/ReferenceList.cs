namespace Shortfall.Engine;

/// <summary>
/// A growable list of references, kept as a mutable struct in the field of its owner (no object of its own until
/// the first item). Each reference sits in a struct, which spares every store into the array the check of the
/// element's type that an array of a non-sealed class or an interface costs: the kernel stores at every step.
/// Removal compares references, never calls <c>Equals</c>.
/// </summary>
internal struct ReferenceList<T>
    where T : class
{
    private Box[]? _items;

    public int Count { get; private set; }

    public readonly T this[int index] => _items![index].Value!;

    public void Add(T item)
    {
        _items ??= new Box[4];
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, Count * 2);
        }
        _items[Count++].Value = item;
    }

    /// <summary>Removes the item at <paramref name="index"/>, keeping the order of the rest.</summary>
    public void RemoveAt(int index)
    {
        var items = _items!;
        Count--;
        if (index < Count)
        {
            Array.Copy(items, index + 1, items, index, Count - index);
        }
        items[Count].Value = null;
    }

    /// <summary>Removes the first occurrence of <paramref name="item"/>, if any, keeping the order of the rest.</summary>
    public void Remove(T item)
    {
        for (var i = 0; i < Count; i++)
        {
            if (ReferenceEquals(_items![i].Value, item))
            {
                RemoveAt(i);
                return;
            }
        }
    }

    /// <summary>Removes and returns the last item.</summary>
    public T Pop()
    {
        ref var last = ref _items![--Count];
        var item = last.Value!;
        last.Value = null;
        return item;
    }

    public void Clear()
    {
        if (Count > 0)
        {
            Array.Clear(_items!, 0, Count);
            Count = 0;
        }
    }

    private struct Box
    {
        public T? Value;
    }
}
