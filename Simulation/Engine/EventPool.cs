namespace Shortfall.Engine;

/// <summary>
/// A stack of freed pooled events of one kind. Not <see cref="Stack{T}"/>: an event goes in and out of the pool at
/// almost every step, and a struct around each reference spares the array store its element-type check.
/// </summary>
internal sealed class EventPool<T>
    where T : PooledEvent
{
    private Item[] _items = new Item[16];
    private int _count;

    public void Push(T item)
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _count * 2);
        }
        _items[_count++].Value = item;
    }

    public bool TryPop(out T item)
    {
        if (_count == 0)
        {
            item = null!;
            return false;
        }
        ref var top = ref _items[--_count];
        item = top.Value!;
        top.Value = null;
        return true;
    }

    private struct Item
    {
        public T? Value;
    }
}
