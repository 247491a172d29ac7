namespace Shortfall.Engine;

/// <summary>
/// The urgent event that carries an interrupt to its process. Once processed nothing refers to it (the process keeps
/// the cause, not the event), so it goes back to the simulator's pool: an interrupt allocates nothing but its cause.
/// </summary>
internal sealed class Interruption(Simulator simulator) : PooledEvent(simulator), IEventListener
{
    private Process? _target;
    private object? _cause;

    /// <inheritdoc />
    public override bool FreeOnceProcessed => true;

    public void Deliver(Process target, object? cause)
    {
        _target = target;
        _cause = cause;
        AddListener(this);
        Trigger(null, EventPriority.Urgent, Simulator.Now);
    }

    /// <inheritdoc />
    public override void Free()
    {
        _target = null;
        _cause = null;
        ResetForReuse();
        Simulator.ReturnInterruption(this);
    }

    void IEventListener.OnProcessed(Event processed) => _target!.OnInterrupted(this, _cause);
}
