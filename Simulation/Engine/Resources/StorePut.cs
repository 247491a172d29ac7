namespace Shortfall.Engine.Resources;

/// <summary>A request to put an item into a <see cref="Store{T}"/>; succeeds once the item is in.
/// Disposing it while it waits withdraws it.</summary>
public sealed class StorePut<T> : Event, IDisposable
{
    internal StorePut(Store<T> store, T item) : base(store.Simulator)
    {
        Store = store;
        Item = item;
    }

    /// <summary>The store.</summary>
    public Store<T> Store { get; }

    /// <summary>The item put in.</summary>
    public T Item { get; }

    /// <summary>Withdraws the put if it still waits.</summary>
    public void Dispose() => Store.Withdraw(this);
}
