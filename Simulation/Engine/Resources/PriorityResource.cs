namespace Shortfall.Engine.Resources;

/// <summary>A <see cref="Resource"/> whose line is ordered by priority (lower numbers first), then by arrival.</summary>
public class PriorityResource(Simulator simulator, int capacity = 1) : Resource(simulator, capacity)
{
    /// <summary>Asks for one unit with <paramref name="priority"/>; lower numbers are served first.</summary>
    /// <param name="priority">Lower numbers are served first.</param>
    /// <param name="reusing">A finished request of this resource to ask with again (see <see cref="Resource.Request(Resources.Request?)"/>).</param>
    public Request Request(int priority, Request? reusing = null) => Enqueue(priority, false, reusing);
}
