namespace Shortfall.Engine.Resources;

/// <summary>A request to take an item out of a <see cref="Store{T}"/>; succeeds with the item.
/// Disposing it while it waits withdraws it.</summary>
public sealed class StoreGet<T> : Event<T>, IDisposable
{
    internal StoreGet(Store<T> store, Predicate<T>? filter) : base(store.Simulator)
    {
        Store = store;
        Filter = filter;
    }

    /// <summary>The store.</summary>
    public Store<T> Store { get; }

    /// <summary>Which items will do (any when null).</summary>
    public Predicate<T>? Filter { get; }

    /// <summary>Withdraws the get if it still waits.</summary>
    public void Dispose() => Store.Withdraw(this);
}
