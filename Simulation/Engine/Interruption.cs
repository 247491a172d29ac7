namespace Shortfall.Engine;

/// <summary>The urgent event that carries an interrupt to its process.</summary>
internal sealed class Interruption : Event, IEventListener
{
    private readonly Process _target;

    public Interruption(Process target, object? cause) : base(target.Simulator)
    {
        _target = target;
        Cause = cause;
    }

    public object? Cause { get; }

    public void Deliver()
    {
        AddListener(this);
        Trigger(null, EventPriority.Urgent, Simulator.Now);
    }

    void IEventListener.OnProcessed(Event processed) => _target.OnInterrupted(this);
}
