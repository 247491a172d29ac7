namespace Shortfall.Engine.Resources;

/// <summary>A <see cref="Store{T}"/> whose gets may ask for an item matching a filter. A get whose
/// filter matches nothing waits without holding up the gets behind it.</summary>
public sealed class FilterStore<T>(Simulator simulator, int capacity = int.MaxValue) : Store<T>(simulator, capacity)
{
    private protected override bool GetsWaitInLine => false;

    /// <summary>Takes the oldest item matching <paramref name="filter"/>, waiting until there is one.</summary>
    public StoreGet<T> Get(Predicate<T> filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return EnqueueFiltered(filter);
    }
}
