namespace Shortfall.Engine.Resources;

/// <summary>A <see cref="Resource"/> whose line is ordered by priority (lower numbers first), then by arrival.</summary>
public class PriorityResource(Simulator simulator, int capacity = 1) : Resource(simulator, capacity)
{
    /// <summary>Asks for one unit with <paramref name="priority"/>; lower numbers are served first.</summary>
    public Request Request(int priority) => Enqueue(priority, false);
}
