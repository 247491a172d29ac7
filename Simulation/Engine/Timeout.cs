namespace Shortfall.Engine;

/// <summary>
/// A timeout made by <see cref="Simulator.Timeout"/> or <see cref="Simulator.TimeoutAt"/>: it succeeds
/// <see cref="Delay"/> hours after it was made. Yield it, or combine it with other events (<c>|</c>, <c>&amp;</c>).
/// <para>
/// Timeouts allocate nothing in steady state: the event behind one is pooled, and once the one process
/// that yielded it alone has resumed from it (or an interrupt took that process away and it has fired),
/// the kernel reuses it for a later timeout. This handle is stamped with the event's version, so a handle
/// kept after that still answers for its own timeout: it is processed, its delay is its own, and waiting
/// on it again continues at once. Keep the handle, not the <see cref="Engine.Event"/> it converts to: while
/// the timeout is pending that is the pooled event itself.
/// </para>
/// </summary>
public readonly struct Timeout
{
    private readonly TimeoutEvent _pooled;
    private readonly long _version;

    internal Timeout(TimeoutEvent pooled)
    {
        _pooled = pooled;
        _version = pooled.Version;
        Delay = pooled.Delay;
    }

    /// <summary>The delay in hours from when the timeout was made to when it succeeds.</summary>
    public double Delay { get; }

    /// <summary>True once the timeout has succeeded and its waiters have run.</summary>
    public bool IsProcessed => IsReused || _pooled.IsProcessed;

    /// <summary>The event to wait on: the pooled event while it is this timeout's, and once it has been
    /// reused, an event that has already been processed, as this timeout had been.</summary>
    /// <exception cref="InvalidOperationException">For a default value, which is no timeout.</exception>
    public Event Event => IsReused ? Event.Done(_pooled.Simulator) : _pooled;

    /// <summary>Runs <paramref name="callback"/> when the timeout is processed (see <see cref="Event.OnProcessed"/>).
    /// Anything waiting on a timeout but the one process that yields it keeps it out of the pool.</summary>
    public void OnProcessed(Action<Event> callback) => Event.OnProcessed(callback);

    private bool IsReused => (_pooled ?? throw new InvalidOperationException("A default Timeout is not a timeout; make one with " +
        "Simulator.Timeout.")).Version != _version;

    /// <summary>The event to wait on (see <see cref="Event"/>), so a timeout can be yielded.</summary>
    public static implicit operator Event(Timeout timeout) => timeout.Event;

    /// <summary>A condition met when both timeouts are processed.</summary>
    public static Condition operator &(Timeout left, Timeout right) => left.Event & right.Event;

    /// <summary>A condition met when either timeout is processed.</summary>
    public static Condition operator |(Timeout left, Timeout right) => left.Event | right.Event;

    /// <inheritdoc />
    public override string ToString() => $"Timeout({Delay}, {(IsProcessed ? EventState.Processed : _pooled.State)})";
}
