namespace Shortfall.Engine;

/// <summary>The life of an event: pending, then triggered (its outcome is fixed and it sits in the
/// schedule), then processed (its listeners have run). It never goes back.</summary>
public enum EventState
{
    /// <summary>Not yet triggered: no outcome, not in the schedule.</summary>
    Pending,

    /// <summary>Succeeded or failed and scheduled; its listeners have not run yet.</summary>
    Triggered,

    /// <summary>Taken from the schedule and its listeners have run.</summary>
    Processed,
}
