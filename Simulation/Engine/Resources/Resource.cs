namespace Shortfall.Engine.Resources;

/// <summary>
/// A resource with <see cref="Capacity"/> identical units (machines, a repairman, loading docks).
/// Requests are granted while units are free; the rest wait in line, first come first served
/// (<see cref="PriorityResource"/> orders the line by priority). As in SimPy, a released unit is granted
/// to the head of the line when the release is processed, after the events already scheduled for that
/// instant; a request made in between that ranks first (a higher priority) takes the unit at once.
/// </summary>
public class Resource
{
    private readonly List<Request> _users = [];
    private readonly Deque<Request> _queue = new();
    private readonly Wakeup _grantReleased;
    private long _requests;

    /// <summary>Creates a resource of <paramref name="capacity"/> units.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When capacity is not positive.</exception>
    public Resource(Simulator simulator, int capacity = 1)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Simulator = simulator;
        Capacity = capacity;
        _grantReleased = new Wakeup(simulator, GrantWaiting);
    }

    /// <summary>The simulator the resource lives in.</summary>
    public Simulator Simulator { get; }

    /// <summary>How many units there are.</summary>
    public int Capacity { get; }

    /// <summary>How many units are in use.</summary>
    public int InUse => _users.Count;

    /// <summary>How many requests wait.</summary>
    public int QueueLength => _queue.Count;

    /// <summary>The requests holding units, in the order they were granted.</summary>
    public IReadOnlyList<Request> Users => _users;

    /// <summary>Told whenever <see cref="InUse"/> changes.</summary>
    public ILevelObserver? Observer { get; set; }

    /// <summary>Asks for one unit, first come first served.</summary>
    /// <param name="reusing">A request of this resource that has been granted, processed and released, to ask
    /// with again instead of allocating a new one (see <see cref="Resources.Request"/>).</param>
    /// <exception cref="InvalidOperationException">When <paramref name="reusing"/> is not finished.</exception>
    public Request Request(Request? reusing = null) => Enqueue(0, false, reusing);

    /// <summary>Releases <paramref name="request"/>'s unit, or withdraws it from the line if it was not granted.
    /// The unit is granted to the line later in this instant (see <see cref="Resource"/>).
    /// Releasing twice, or releasing a request that was preempted, does nothing.</summary>
    public void Release(Request request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_users.Remove(request))
        {
            request.Holding = false;
            Observer?.OnLevelChanged(Simulator.Now, _users.Count);
            if (_queue.Count > 0)
            {
                _grantReleased.Schedule();
            }
        }
        else
        {
            _queue.Remove(request);
        }
    }

    /// <summary>Adds a request to the line, in rank order, and grants what can be granted.</summary>
    private protected Request Enqueue(int priority, bool preempt, Request? reusing)
    {
        Request request;
        if (reusing is null)
        {
            request = new Request(this, priority, preempt, _requests++);
        }
        else
        {
            reusing.Renew(this, priority, preempt, _requests++);
            request = reusing;
        }
        var index = _queue.Count;
        while (index > 0 && request.RanksBefore(_queue[index - 1]))
        {
            index--;
        }
        _queue.Insert(index, request);
        GrantWaiting();
        return request;
    }

    /// <summary>Frees a unit for <paramref name="request"/> when the resource is full; plain resources cannot.</summary>
    private protected virtual bool MakeRoomFor(Request request) => false;

    /// <summary>Takes a user away without granting anyone (preemption); the caller grants next.</summary>
    private protected void Evict(Request user)
    {
        _users.Remove(user);
        user.Holding = false;
        Observer?.OnLevelChanged(Simulator.Now, _users.Count);
    }

    private void GrantWaiting()
    {
        while (_queue.Count > 0 && (_users.Count < Capacity || MakeRoomFor(_queue[0])))
        {
            var next = _queue[0];
            _queue.RemoveAt(0);
            _users.Add(next);
            next.Holding = true;
            next.GrantedAt = Simulator.Now;
            Observer?.OnLevelChanged(Simulator.Now, _users.Count);
            next.Succeed();
        }
    }
}
