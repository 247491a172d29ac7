namespace Shortfall.Engine;

/// <summary>Something resumed when an event is processed: a process, a condition, a callback.
/// An interface rather than a delegate so that a waiting process costs no allocation.</summary>
internal interface IEventListener
{
    void OnProcessed(Event processed);
}
