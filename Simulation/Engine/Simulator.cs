using System.Runtime.CompilerServices;

namespace Shortfall.Engine;

/// <summary>
/// The simulation environment: a clock in hours and a schedule of triggered events.
/// <see cref="Step"/> takes the next event from the schedule, advances <see cref="Now"/> to its
/// time and processes it, which resumes the processes waiting on it; they run until they yield
/// their next event. Same-time events run urgent first, then in the order they were scheduled,
/// so a run is a deterministic function of its inputs and random streams.
/// <para>
/// The kernel follows SimPy 4's semantics (conditions, resources, stores, preemption) except where it
/// departs on purpose:
/// </para>
/// <list type="bullet">
/// <item>A failure never travels up a chain of processes. An exception thrown by a process, or a failed
/// event whose waiters did not read <see cref="Event.IsOk"/> or <see cref="Event.Failure"/>, stops the run
/// (<see cref="UnhandledFailureException"/>); in SimPy the failure is thrown into the waiting generator
/// and, if uncaught there, fails that process, which a process waiting for it may catch. A C# iterator
/// cannot have an exception thrown into it, so a failure is handled where it is yielded or not at all.</item>
/// <item><see cref="Run(Event)"/> processes its event completely, all its waiters included, and then
/// returns; SimPy stops from inside the event's callbacks, so the waiters added after the run began
/// do not run.</item>
/// <item>A condition nested in another that something else also waits for is not detached when the
/// outer one is met (see <see cref="Condition"/>).</item>
/// <item>A container or store serves the gets a put makes possible (and the puts a get makes possible)
/// at once; SimPy serves them when that put (or get) is processed, so here a waiting getter may resume
/// earlier in the same instant, before events scheduled between the put and its processing.</item>
/// </list>
/// </summary>
public sealed class Simulator
{
    private readonly EventQueue _schedule = new();
    private readonly EventPool<TimeoutEvent> _timeoutPool = new();
    private readonly EventPool<Interruption> _interruptionPool = new();

    /// <summary>Creates a simulator whose time 0 is <paramref name="start"/> (midnight 2000-01-01 when omitted).</summary>
    public Simulator(DateTime? start = null)
    {
        Start = start ?? new DateTime(2000, 1, 1);
    }

    /// <summary>The calendar date and time that simulation time 0 stands for.</summary>
    public DateTime Start { get; }

    /// <summary>The current simulation time in hours since <see cref="Start"/>.</summary>
    public double Now { get; private set; }

    /// <summary>The calendar date and time of <see cref="Now"/>.</summary>
    public DateTime CalendarNow => ToCalendar(Now);

    /// <summary>The process whose step is running now, or null between steps.</summary>
    public Process? ActiveProcess { get; internal set; }

    /// <summary>How many events have been processed since the simulator was made.</summary>
    public long ProcessedEvents { get; private set; }

    /// <summary>The time of the next scheduled event, or +∞ when nothing is scheduled.</summary>
    public double NextEventTime => _schedule.NextTime;

    /// <summary>The calendar date and time of simulation time <paramref name="time"/>.</summary>
    public DateTime ToCalendar(double time) => Start + TimeSpan.FromHours(time);

    /// <summary>The simulation time of calendar instant <paramref name="instant"/>.</summary>
    public double ToTime(DateTime instant) => (instant - Start).TotalHours;

    /// <summary>A timeout that succeeds <paramref name="delay"/> hours from now. A kept timeout stays its own when its pooled event is reused (see <see
    /// cref="Engine.Timeout"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the delay is negative, NaN or infinite.</exception>
    public Timeout Timeout(double delay)
    {
        if (!(delay >= 0) || double.IsPositiveInfinity(delay))
        {
            throw new ArgumentOutOfRangeException(nameof(delay), delay, "delay must be a finite number ≥ 0");
        }
        return new Timeout(StartTimeout(Now + delay, EventPriority.Normal));
    }

    /// <summary>
    /// A timeout that succeeds at exactly <paramref name="time"/>. Use it to wake at a computed
    /// instant (the end of a shift, midnight): <c>Timeout(time - Now)</c> may land a rounding error
    /// short of it, and a process that then asks "when is the next change?" gets the same instant back.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When the time is before now, NaN or infinite.</exception>
    public Timeout TimeoutAt(double time)
    {
        if (!(time >= Now) || double.IsPositiveInfinity(time))
        {
            throw new ArgumentOutOfRangeException(nameof(time), time, $"time must be finite and ≥ now ({Now})");
        }
        return new Timeout(StartTimeout(time, EventPriority.Normal));
    }

    /// <summary>A new pending event, to be triggered by <see cref="Event.Succeed"/> or <see cref="Event.Fail"/>.</summary>
    public Event Event() => new(this);

    /// <summary>A new pending event that will carry a value.</summary>
    public Event<T> Event<T>() => new(this);

    /// <summary>Starts a process that runs <paramref name="steps"/>: its first step runs at the current time,
    /// before ordinary events of that time.</summary>
    public Process Process(IEnumerable<Event> steps, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var process = new Process(this, steps.GetEnumerator(), name);
        StartTimeout(Now, EventPriority.Urgent).AddReleasingListener(process);
        return process;
    }

    /// <summary>A condition met when all of <paramref name="events"/> have been processed successfully;
    /// over no events it succeeds at once.</summary>
    /// <exception cref="ArgumentException">When an event is null or belongs to another simulator.</exception>
    public Condition AllOf(params ReadOnlySpan<Event> events) => new(this, events, all: true);

    /// <summary>A condition met when any of <paramref name="events"/> has been processed successfully;
    /// over no events it succeeds at once, as SimPy's does.</summary>
    /// <exception cref="ArgumentException">When an event is null or belongs to another simulator.</exception>
    public Condition AnyOf(params ReadOnlySpan<Event> events) => new(this, events, all: false);

    /// <summary>Processes the next event.</summary>
    /// <returns>False when nothing was scheduled.</returns>
    public bool Step()
    {
        if (_schedule.Count == 0)
        {
            return false;
        }
        var next = _schedule.Pop(out var time);
        Now = time;
        ProcessedEvents++;
        // A timeout only its process heard (or that an interrupt left unheard), a signal's firing that only
        // waits heard, an interruption: each is referred to by nothing once processed, so it goes back to its
        // pool. Asked before the listeners run, which may take one another away.
        if (!next.IsPooled)
        {
            next.Process();
            return true;
        }
        var pooled = Unsafe.As<PooledEvent>(next);
        var free = pooled.FreeOnceProcessed;
        next.Process();
        if (free)
        {
            pooled.Free();
        }
        else
        {
            _schedule.Release(pooled);
        }
        return true;
    }

    /// <summary>Runs until nothing is scheduled.</summary>
    public void Run()
    {
        while (Step())
        {
        }
    }

    /// <summary>Runs every event scheduled before <paramref name="until"/>, then sets the clock to it.
    /// Events at exactly <paramref name="until"/> stay scheduled.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="until"/> is before now or NaN.</exception>
    public void Run(double until)
    {
        if (!(until >= Now))
        {
            throw new ArgumentOutOfRangeException(nameof(until), until, $"until must be ≥ now ({Now})");
        }
        while (_schedule.NextTime < until)
        {
            Step();
        }
        Now = until;
    }

    /// <summary>Runs until <paramref name="until"/> has been processed: every process and callback waiting on it
    /// has run, including those that began waiting during this run (SimPy stops before those).</summary>
    /// <exception cref="InvalidOperationException">When nothing is left to schedule and the event is still not processed.</exception>
    public void Run(Event until)
    {
        ArgumentNullException.ThrowIfNull(until);
        while (!until.IsProcessed)
        {
            if (!Step())
            {
                throw new InvalidOperationException($"Nothing is scheduled any more, but {until} was never processed.");
            }
        }
    }

    internal void Schedule(Event item, double at, EventPriority priority) => _schedule.Push(at, priority, item);

    /// <summary>True when an event that succeeds now would be the next one processed: nothing else is due now (all that
    /// is, was scheduled earlier, and so precedes it).</summary>
    internal bool NothingElseDueNow => _schedule.NextTime > Now;

    /// <summary>Succeeds <paramref name="item"/> and processes it on the spot, counted as a step: only where it would have
    /// been the very next event processed (<see cref="NothingElseDueNow"/>), so the order of everything is unchanged.</summary>
    internal void ProcessAtOnce(Event item)
    {
        ProcessedEvents++;
        item.SucceedAndProcess();
    }

    internal void ReturnTimeout(TimeoutEvent timeout) => _timeoutPool.Push(timeout);

    /// <summary>A pending interruption from the pool (see <see cref="Engine.Interruption"/>).</summary>
    internal Interruption RentInterruption() => _interruptionPool.TryPop(out var pooled) ? pooled : new Interruption(this);

    internal void ReturnInterruption(Interruption interruption) => _interruptionPool.Push(interruption);

    private TimeoutEvent StartTimeout(double at, EventPriority priority)
    {
        var timeout = _timeoutPool.TryPop(out var pooled) ? pooled : new TimeoutEvent(this);
        timeout.Start(at, priority);
        return timeout;
    }
}
