namespace Shortfall.Engine;

/// <summary>
/// Events in the order they were scheduled: a ring of references kept as a mutable struct in the field of its owner (no
/// object of its own until the first event). Each reference sits in a struct, which spares every store the check of the
/// element's type that an array of a non-sealed class costs.
/// </summary>
internal struct EventFifo
{
    private Item[]? _items;
    private int _head;

    public int Count { get; private set; }

    public void Enqueue(Event item)
    {
        _items ??= new Item[16];
        if (Count == _items.Length)
        {
            Grow();
        }
        _items[(_head + Count) & (_items.Length - 1)].Event = item;
        Count++;
    }

    public Event Dequeue()
    {
        ref var first = ref _items![_head];
        var item = first.Event!;
        first.Event = null;
        _head = (_head + 1) & (_items.Length - 1);
        Count--;
        return item;
    }

    // The length stays a power of two, so a position wraps with a mask.
    private void Grow()
    {
        var items = new Item[_items!.Length * 2];
        for (var i = 0; i < Count; i++)
        {
            items[i] = _items[(_head + i) & (_items.Length - 1)];
        }
        _items = items;
        _head = 0;
    }

    private struct Item
    {
        public Event? Event;
    }
}
