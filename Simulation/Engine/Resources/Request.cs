namespace Shortfall.Engine.Resources;

/// <summary>
/// A request for one unit of a <see cref="Resource"/>; it succeeds when the unit is granted.
/// Disposing it releases the unit, or withdraws the request if it is still waiting, so
/// <c>using (var req = resource.Request()) { yield return req; ... }</c> always gives the unit back.
/// A process that asks again and again may pass its last request back (<c>resource.Request(reusing: req)</c>) once
/// it has been granted, processed and released: the same object is asked again, and nothing is allocated.
/// </summary>
public sealed class Request : Event, IDisposable
{
    internal Request(Resource resource, int priority, bool preempt, long order) : base(resource.Simulator)
    {
        Resource = resource;
        Ask(priority, preempt, order);
    }

    /// <summary>The resource asked of.</summary>
    public Resource Resource { get; }

    /// <summary>Lower numbers are served first; 0 for a plain resource.</summary>
    public int Priority { get; private set; }

    /// <summary>Whether this request may displace a user of lower priority.</summary>
    public bool Preempt { get; private set; }

    /// <summary>The process that made the request; the one interrupted if it is preempted.</summary>
    public Process? Owner { get; private set; }

    /// <summary>When the request was made.</summary>
    public double RequestedAt { get; private set; }

    /// <summary>When the unit was granted (NaN while waiting).</summary>
    public double GrantedAt { get; internal set; }

    /// <summary>Orders requests made at the same time and priority: first made, first served.</summary>
    internal long Order { get; private set; }

    /// <summary>True while the request holds a unit.</summary>
    internal bool Holding { get; set; }

    /// <summary>Makes this finished request a new one, as <see cref="Resource"/> asks it again.</summary>
    /// <exception cref="InvalidOperationException">When the request is not finished: not yet granted and processed, or still holding its unit.</exception>
    internal void Renew(Resource resource, int priority, bool preempt, long order)
    {
        if (!ReferenceEquals(resource, Resource))
        {
            throw new ArgumentException($"a request can be reused only on its own resource", "reusing");
        }
        if (!IsProcessed || Holding)
        {
            throw new InvalidOperationException($"{this} can be reused only once it has been granted, processed and released.");
        }
        ResetForReuse();
        Ask(priority, preempt, order);
    }

    /// <summary>Releases the unit, or withdraws the request if not yet granted. Idempotent.</summary>
    public void Dispose() => Resource.Release(this);

    private void Ask(int priority, bool preempt, long order)
    {
        Priority = priority;
        Preempt = preempt;
        Owner = Resource.Simulator.ActiveProcess;
        RequestedAt = Resource.Simulator.Now;
        GrantedAt = double.NaN;
        Order = order;
    }

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
