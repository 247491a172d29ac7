namespace Shortfall.Engine;

/// <summary>A listener that keeps no hold on an event once it has been processed (a process, which moves on
/// to its next event; a <see cref="Wait"/>, which lets go of all its events when met), so a pooled event whose
/// only listener it is may be reused.</summary>
internal interface IReleasingListener : IEventListener
{
}
