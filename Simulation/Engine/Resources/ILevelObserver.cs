namespace Shortfall.Engine.Resources;

/// <summary>
/// Told every time a resource's level changes (a container's content, a store's item count,
/// a resource's busy units). The kernel computes no statistics itself; monitors implement this.
/// </summary>
public interface ILevelObserver
{
    /// <summary>The level became <paramref name="level"/> at simulation time <paramref name="time"/>.</summary>
    void OnLevelChanged(double time, double level);
}
