namespace Shortfall.Engine.Resources;

/// <summary>A waiting put into or get out of a <see cref="Container"/>; it succeeds once the amount
/// has moved. Disposing it while it waits withdraws it. Once it has moved and been processed, the process
/// that made it may pass it back to <see cref="Container.Put"/> or <see cref="Container.Get"/> to ask again
/// without allocating.</summary>
public abstract class ContainerRequest : Event, IDisposable
{
    private protected ContainerRequest(Container container, double amount) : base(container.Simulator)
    {
        Container = container;
        Amount = amount;
    }

    /// <summary>The container.</summary>
    public Container Container { get; }

    /// <summary>How much moves.</summary>
    public double Amount { get; private set; }

    /// <summary>Makes this request, which has moved its amount and been processed, a new one for <paramref name="amount"/>.</summary>
    /// <exception cref="ArgumentException">When it belongs to another container.</exception>
    /// <exception cref="InvalidOperationException">When it has not yet moved its amount and been processed.</exception>
    internal void Renew(Container container, double amount)
    {
        if (!ReferenceEquals(container, Container))
        {
            throw new ArgumentException("a request can be reused only on its own container", "reusing");
        }
        if (!IsProcessed)
        {
            throw new InvalidOperationException($"{this} can be reused only once it has moved its amount and been processed.");
        }
        ResetForReuse();
        Amount = amount;
    }

    /// <summary>Withdraws the request if it still waits; does nothing once it has happened.</summary>
    public void Dispose() => Container.Withdraw(this);
}

/// <summary>A request to put an amount into a <see cref="Container"/>.</summary>
public sealed class ContainerPut : ContainerRequest
{
    internal ContainerPut(Container container, double amount) : base(container, amount)
    {
    }
}

/// <summary>A request to take an amount out of a <see cref="Container"/>.</summary>
public sealed class ContainerGet : ContainerRequest
{
    internal ContainerGet(Container container, double amount) : base(container, amount)
    {
    }
}
