namespace Shortfall.Engine.Resources;

/// <summary>
/// A request for one unit of a <see cref="Resource"/>; it succeeds when the unit is granted.
/// Disposing it releases the unit, or withdraws the request if it is still waiting, so
/// <c>using (var req = resource.Request()) { yield return req; ... }</c> always gives the unit back.
/// </summary>
public sealed class Request : Event, IDisposable
{
    internal Request(Resource resource, int priority, bool preempt, long order) : base(resource.Simulator)
    {
        Resource = resource;
        Priority = priority;
        Preempt = preempt;
        Owner = resource.Simulator.ActiveProcess;
        RequestedAt = resource.Simulator.Now;
        Order = order;
    }

    /// <summary>The resource asked of.</summary>
    public Resource Resource { get; }

    /// <summary>Lower numbers are served first; 0 for a plain resource.</summary>
    public int Priority { get; }

    /// <summary>Whether this request may displace a user of lower priority.</summary>
    public bool Preempt { get; }

    /// <summary>The process that made the request; the one interrupted if it is preempted.</summary>
    public Process? Owner { get; }

    /// <summary>When the request was made.</summary>
    public double RequestedAt { get; }

    /// <summary>When the unit was granted (NaN while waiting).</summary>
    public double GrantedAt { get; internal set; } = double.NaN;

    /// <summary>Orders requests made at the same time and priority: first made, first served.</summary>
    internal long Order { get; }

    /// <summary>Releases the unit, or withdraws the request if not yet granted. Idempotent.</summary>
    public void Dispose() => Resource.Release(this);

    /// <summary>True when this request ranks before <paramref name="other"/> in the line: by SimPy's key
    /// (<see cref="CompareKey"/>), then first made.</summary>
    internal bool RanksBefore(Request other)
    {
        var key = CompareKey(other);
        return key != 0 ? key < 0 : Order < other.Order;
    }

    /// <summary>Compares SimPy's key (priority, request time, not preempt): lower priority number first,
    /// then earlier, then preempting before not.</summary>
    internal int CompareKey(Request other)
    {
        if (Priority != other.Priority)
        {
            return Priority.CompareTo(other.Priority);
        }
        if (RequestedAt != other.RequestedAt)
        {
            return RequestedAt.CompareTo(other.RequestedAt);
        }
        return other.Preempt.CompareTo(Preempt);
    }
}
