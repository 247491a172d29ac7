namespace Shortfall.Engine;

/// <summary>
/// A stack of freed pooled events of one kind. Not <see cref="Stack{T}"/>: an event goes in and out of the pool at
/// almost every step, and <see cref="ReferenceList{T}"/> spares the array store its element-type check.
/// </summary>
internal sealed class EventPool<T>
    where T : PooledEvent
{
    private ReferenceList<T> _items;

    public void Push(T item) => _items.Add(item);

    public bool TryPop(out T item)
    {
        if (_items.Count == 0)
        {
            item = null!;
            return false;
        }
        item = _items.Pop();
        return true;
    }
}
