namespace Shortfall.Engine;

/// <summary>
/// Something that happens at a point in simulated time. An event starts pending; <see cref="Succeed"/>
/// or <see cref="Fail"/> triggers it, which schedules it for the current time; when the simulator takes
/// it from the schedule it is processed and its listeners run, in the order they were added
/// (a process waiting on it resumes then).
/// A failed event must be looked at: if no listener reads <see cref="IsOk"/> or <see cref="Failure"/>
/// by the time it has been processed, the run stops with <see cref="UnhandledFailureException"/>.
/// </summary>
public class Event
{
    private IEventListener? _firstListener;
    private bool _firstReleases;
    private ReferenceList<IEventListener> _moreListeners;
    private Exception? _failure;
    private bool _failureObserved;

    /// <summary>Creates a pending event of <paramref name="simulator"/>.</summary>
    public Event(Simulator simulator)
    {
        Simulator = simulator ?? throw new ArgumentNullException(nameof(simulator));
    }

    /// <summary>Creates a pending event that the kernel may hand out again (<see cref="PooledEvent"/>).</summary>
    private protected Event(Simulator simulator, bool pooled) : this(simulator)
    {
        IsPooled = pooled;
    }

    /// <summary>The simulator this event belongs to.</summary>
    public Simulator Simulator { get; }

    /// <summary>Where the event is in its life.</summary>
    public EventState State { get; private set; }

    /// <summary>True once the event has succeeded or failed.</summary>
    public bool IsTriggered => State != EventState.Pending;

    /// <summary>True once the event's listeners have run.</summary>
    public bool IsProcessed => State == EventState.Processed;

    /// <summary>True when the event succeeded. Reading it counts as handling a failure.</summary>
    /// <exception cref="InvalidOperationException">When the event has not been triggered yet.</exception>
    public bool IsOk
    {
        get
        {
            if (State == EventState.Pending)
            {
                throw new InvalidOperationException($"{this} has not been triggered yet.");
            }
            _failureObserved = true;
            return _failure is null;
        }
    }

    /// <summary>Why the event failed, or null when it succeeded or is pending. Reading it counts as handling the failure.</summary>
    public Exception? Failure
    {
        get
        {
            _failureObserved = true;
            return _failure;
        }
    }

    internal bool HasUnobservedFailure => _failure is not null && !_failureObserved;

    /// <summary>True for a <see cref="PooledEvent"/>: a field, so the simulator need not test the type of every event it processes.</summary>
    internal bool IsPooled { get; }

    /// <summary>Triggers the event as a success; it is processed after the events already scheduled for now.</summary>
    /// <exception cref="InvalidOperationException">When the event was already triggered.</exception>
    public void Succeed() => Trigger(null, EventPriority.Normal, Simulator.Now);

    /// <summary>Triggers the event as a failure carrying <paramref name="reason"/>.</summary>
    /// <exception cref="InvalidOperationException">When the event was already triggered.</exception>
    public void Fail(Exception reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        Trigger(reason, EventPriority.Normal, Simulator.Now);
    }

    /// <summary>Runs <paramref name="callback"/> when the event is processed, after the listeners added before it.</summary>
    /// <exception cref="InvalidOperationException">When the event was already processed.</exception>
    public void OnProcessed(Action<Event> callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        AddListener(new CallbackListener(callback));
    }

    /// <summary>A condition that is met when both events are processed.</summary>
    public static Condition operator &(Event left, Event right)
    {
        ArgumentNullException.ThrowIfNull(left);
        return new Condition(left.Simulator, [left, right], all: true);
    }

    /// <summary>A condition that is met when either event is processed.</summary>
    public static Condition operator |(Event left, Event right)
    {
        ArgumentNullException.ThrowIfNull(left);
        return new Condition(left.Simulator, [left, right], all: false);
    }

    /// <inheritdoc />
    public override string ToString() => $"{GetType().Name}({State})";

    /// <summary>Fixes the outcome and schedules the event at absolute time <paramref name="at"/>.</summary>
    internal void Trigger(Exception? failure, EventPriority priority, double at)
    {
        FixOutcome(failure);
        Simulator.Schedule(this, at, priority);
    }

    /// <summary>A new event that has already succeeded and been processed, without going through the schedule.</summary>
    internal static Event Done(Simulator simulator) => new(simulator) { State = EventState.Processed };

    /// <summary>Makes a failure count as handled, e.g. when a condition takes it over.</summary>
    internal void MarkFailureObserved() => _failureObserved = true;

    internal void AddListener(IEventListener listener) => AddListener(listener, releases: false);

    /// <summary>Adds a listener known to let go of the event once processed (a process, a wait), without testing its type.</summary>
    internal void AddReleasingListener(IReleasingListener listener) => AddListener(listener, releases: true);

    private void AddListener(IEventListener listener, bool releases)
    {
        if (State == EventState.Processed)
        {
            throw new InvalidOperationException($"{this} has already been processed; nothing can wait for it any more.");
        }
        if (_firstListener is null)
        {
            _firstListener = listener;
            _firstReleases = releases;
        }
        else
        {
            _moreListeners.Add(listener);
        }
    }

    internal void RemoveListener(IEventListener listener)
    {
        if (ReferenceEquals(_firstListener, listener))
        {
            _firstListener = null;
            _firstReleases = false;
            if (_moreListeners.Count > 0)
            {
                _firstListener = _moreListeners[0];
                _firstReleases = _firstListener is IReleasingListener;
                _moreListeners.RemoveAt(0);
            }
        }
        else
        {
            _moreListeners.Remove(listener);
        }
    }

    /// <summary>True when a listener that lets go of the event once it is processed (a process that yielded it, a
    /// <see cref="Wait"/>) is its only listener: nothing else can refer to it then, so a pooled event may be reused.</summary>
    internal bool HasSoleReleasingListener => _firstReleases && _moreListeners.Count == 0;

    /// <summary>True when anything waits for the event.</summary>
    internal bool HasListeners => _firstListener is not null;

    /// <summary>True when one listener alone hears this event, and it did not fail.</summary>
    internal bool HasSoleListenerAndSucceeded => _firstListener is not null && _moreListeners.Count == 0 && _failure is null;

    /// <summary>Succeeds and processes a pending event on the spot, for <see cref="Simulator.ProcessAtOnce"/>.</summary>
    internal void SucceedAndProcess()
    {
        FixOutcome(null);
        Process();
    }

    private void FixOutcome(Exception? failure)
    {
        if (State != EventState.Pending)
        {
            throw new InvalidOperationException($"{this} has already been triggered.");
        }
        _failure = failure;
        State = EventState.Triggered;
    }

    /// <summary>Runs the listeners; called by the simulator when it takes the event from the schedule.</summary>
    internal void Process()
    {
        State = EventState.Processed;
        var first = _firstListener;
        if (first is not null)
        {
            first.OnProcessed(this);
            // Listeners may add or remove others while we run them: the count is read afresh at each step.
            for (var i = 0; i < _moreListeners.Count; i++)
            {
                _moreListeners[i].OnProcessed(this);
            }
        }
        if (HasUnobservedFailure)
        {
            throw new UnhandledFailureException(this, _failure!);
        }
    }

    /// <summary>Returns a processed event to the pending state so a pool can hand it out again.</summary>
    private protected void ResetForReuse()
    {
        State = EventState.Pending;
        _firstListener = null;
        _firstReleases = false;
        _moreListeners.Clear();
        _failure = null;
        _failureObserved = false;
    }
}
