namespace Shortfall.Engine;

/// <summary>
/// An event the kernel owns and schedules again and again, which runs an action when processed (a
/// resource granting a released unit). Nothing outside the kernel holds it, so it is made pending again
/// as it is processed and costs one allocation for the life of its owner.
/// </summary>
internal sealed class Wakeup(Simulator simulator, Action action) : Event(simulator), IEventListener
{
    /// <summary>Schedules the action for now, after the events already scheduled for now; does nothing while it is scheduled.</summary>
    public void Schedule()
    {
        if (IsTriggered)
        {
            return;
        }
        AddListener(this);
        Trigger(null, EventPriority.Normal, Simulator.Now);
    }

    void IEventListener.OnProcessed(Event processed)
    {
        // Reset before the action, which may schedule the wakeup again.
        ResetForReuse();
        action();
    }
}
