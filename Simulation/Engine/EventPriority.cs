namespace Shortfall.Engine;

/// <summary>
/// Orders events scheduled for the same time: all urgent events run before all normal ones;
/// within a priority, events run in the order they were scheduled.
/// </summary>
public enum EventPriority
{
    /// <summary>Process starts and interrupts: they happen "at once", before ordinary events of the same time.</summary>
    Urgent = 0,

    /// <summary>Everything else: timeouts, succeeded and failed events, granted requests.</summary>
    Normal = 1,
}
