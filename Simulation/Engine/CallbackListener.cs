namespace Shortfall.Engine;

/// <summary>Adapts a user callback to <see cref="IEventListener"/>.</summary>
internal sealed class CallbackListener(Action<Event> callback) : IEventListener
{
    public void OnProcessed(Event processed) => callback(processed);
}
