namespace Shortfall.Engine.Resources;

/// <summary>A waiting put into or get out of a <see cref="Container"/>; it succeeds once the amount
/// has moved. Disposing it while it waits withdraws it.</summary>
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
    public double Amount { get; }

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
