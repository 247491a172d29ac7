namespace Shortfall.Engine;

/// <summary>
/// The pooled event behind a <see cref="Timeout"/>. It goes back to the pool once the one process that
/// yielded it (or the one <see cref="Wait"/> on it) alone has resumed from it, or, when an interrupt or a
/// met wait took that listener away, once it fires unheard; <see cref="Version"/> counts its reuses, so a <see cref="Timeout"/> handle can tell that the
/// event it was made for has become another.
/// </summary>
internal sealed class TimeoutEvent : PooledEvent
{
    internal TimeoutEvent(Simulator simulator) : base(simulator)
    {
    }

    /// <summary>The delay in hours from when the timeout was made to when it succeeds.</summary>
    public double Delay { get; private set; }

    /// <summary>How many times the event has been reused.</summary>
    public long Version { get; private set; }

    /// <summary>True when the process or wait that alone waited on it was taken away from it: nothing refers to it any more.</summary>
    public bool Abandoned { get; set; }

    public void Start(double at, EventPriority priority)
    {
        Delay = at - Simulator.Now;
        Trigger(null, priority, at);
    }

    /// <inheritdoc />
    public override bool FreeOnceProcessed => Abandoned ? !HasListeners : HasSoleReleasingListener;

    /// <inheritdoc />
    public override void Free()
    {
        Abandoned = false;
        Version++;
        ResetForReuse();
        Simulator.ReturnTimeout(this);
    }

    /// <inheritdoc />
    public override string ToString() => $"Timeout({Delay}, {State})";
}
