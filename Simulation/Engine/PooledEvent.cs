namespace Shortfall.Engine;

/// <summary>
/// An event the kernel hands out again once it has been processed and nothing can refer to it any more
/// (a timeout, a signal's firing). The simulator asks <see cref="FreeOnceProcessed"/> before it processes
/// the event and, when it said yes, calls <see cref="Free"/> after.
/// </summary>
internal abstract class PooledEvent(Simulator simulator) : Event(simulator, pooled: true)
{
    /// <summary>True when nothing will refer to the event once its listeners have run.</summary>
    public abstract bool FreeOnceProcessed { get; }

    /// <summary>Makes the processed event pending again and returns it to its pool.</summary>
    public abstract void Free();

    /// <summary>The schedule's slot the event keeps while it is pooled, or −1 until it first waits in the heap (events due at the instant being
    /// processed never do: see <see cref="EventQueue"/>).</summary>
    internal int ScheduleSlot { get; set; } = -1;
}
