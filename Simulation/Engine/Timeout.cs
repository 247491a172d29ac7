namespace Shortfall.Engine;

/// <summary>
/// An event that succeeds a fixed delay after it is made (<see cref="Simulator.Timeout"/>).
/// Timeouts are pooled: a timeout that a process yields directly, and that nothing else waits on,
/// is reused once that process has resumed from it, or, when an interrupt took the process away
/// from it, once it fires unheard. Do not keep a reference to such a timeout after resuming; to wait on a timeout together with other events, combine them in a
/// <see cref="Condition"/>, which keeps its timeouts out of the pool.
/// </summary>
public sealed class Timeout : Event
{
    internal Timeout(Simulator simulator) : base(simulator)
    {
    }

    /// <summary>The delay in hours from when the timeout was made to when it succeeds.</summary>
    public double Delay { get; private set; }

    internal void Start(double at, EventPriority priority)
    {
        Delay = at - Simulator.Now;
        Trigger(null, priority, at);
    }

    /// <summary>True when the process that yielded it alone was interrupted away from it: nothing refers to it any more.</summary>
    internal bool Abandoned { get; set; }

    internal void Recycle()
    {
        Abandoned = false;
        ResetForReuse();
    }

    /// <inheritdoc />
    public override string ToString() => $"Timeout({Delay}, {State})";
}
