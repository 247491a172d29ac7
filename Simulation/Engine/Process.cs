namespace Shortfall.Engine;

/// <summary>
/// A process: a C# iterator that yields the events it waits for. Each time a yielded event is
/// processed, the process resumes and runs to its next <c>yield return</c>. The process is itself
/// an event that succeeds when the iterator ends, so other processes can wait for it; an exception
/// thrown by the iterator stops the run.
/// <para>
/// A process cannot ignore what interrupts it. An <see cref="Interrupt"/> resumes the process at
/// once (it stops waiting for its event); before its next <c>yield return</c> it must take the
/// interrupt with <see cref="TryTakeInterrupt"/>, or the run stops with
/// <see cref="UnhandledInterruptException"/> naming the process and the cause. Likewise a process
/// resumed by a failed event must read that event's <see cref="Event.IsOk"/> or <see cref="Event.Failure"/>.
/// </para>
/// </summary>
public sealed class Process : Event, IReleasingListener
{
    private readonly IEnumerator<Event> _steps;
    private Event? _waitingFor;
    private bool _interrupted;
    private object? _interruptCause;

    internal Process(Simulator simulator, IEnumerator<Event> steps, string? name) : base(simulator)
    {
        _steps = steps;
        Name = name ?? "process";
    }

    /// <summary>The name used in messages.</summary>
    public string Name { get; }

    /// <summary>True while the process has not finished.</summary>
    public bool IsAlive => !IsTriggered;

    /// <summary>The event the process waits for, or null while it runs or after it finished.</summary>
    public Event? WaitingFor => _waitingFor;

    /// <summary>True when an interrupt has been delivered and not yet taken.</summary>
    public bool IsInterrupted => _interrupted;

    /// <summary>
    /// Interrupts the process with <paramref name="cause"/>: an urgent event at the current time
    /// resumes it, and it stops waiting for the event it yielded. An interrupt that arrives after the
    /// process has finished is dropped.
    /// </summary>
    /// <exception cref="InvalidOperationException">When the process has finished, or interrupts itself.</exception>
    public void Interrupt(object? cause = null)
    {
        if (!IsAlive)
        {
            throw new InvalidOperationException($"{Name} has finished and cannot be interrupted.");
        }
        if (ReferenceEquals(Simulator.ActiveProcess, this))
        {
            throw new InvalidOperationException($"{Name} cannot interrupt itself.");
        }
        Simulator.RentInterruption().Deliver(this, cause);
    }

    /// <summary>Takes the pending interrupt, if any, so the process may yield again.</summary>
    /// <param name="cause">The cause given to <see cref="Interrupt"/>, or null when there was none pending.</param>
    /// <returns>True when an interrupt was pending.</returns>
    public bool TryTakeInterrupt(out object? cause)
    {
        cause = _interruptCause;
        var interrupted = _interrupted;
        _interrupted = false;
        _interruptCause = null;
        return interrupted;
    }

    /// <inheritdoc />
    public override string ToString() => $"Process({Name}, {State})";

    void IEventListener.OnProcessed(Event processed)
    {
        _waitingFor = null;
        Resume(processed);
    }

    internal void OnInterrupted(Interruption interruption, object? cause)
    {
        if (!IsAlive)
        {
            return;
        }
        if (_waitingFor is TimeoutEvent timeout && timeout.HasSoleReleasingListener)
        {
            timeout.Abandoned = true;
        }
        _waitingFor?.RemoveListener(this);
        _waitingFor = null;
        _interrupted = true;
        _interruptCause = cause;
        Resume(interruption);
    }

    /// <summary>Runs steps of the iterator until it yields an event not yet processed, or ends.</summary>
    private void Resume(Event cause)
    {
        var simulator = Simulator;
        var previous = simulator.ActiveProcess;
        simulator.ActiveProcess = this;
        while (true)
        {
            var more = _steps.MoveNext();
            if (_interrupted)
            {
                throw new UnhandledInterruptException(this, _interruptCause);
            }
            if (cause.HasUnobservedFailure)
            {
                throw new UnhandledFailureException(cause, cause.Failure!);
            }
            if (!more)
            {
                _steps.Dispose();
                Succeed();
                break;
            }
            var next = _steps.Current ?? throw new InvalidOperationException($"{Name} yielded null; yield an event to wait for.");
            if (!ReferenceEquals(next.Simulator, simulator))
            {
                throw new InvalidOperationException($"{Name} yielded {next}, which belongs to another simulator.");
            }
            if (!next.IsProcessed)
            {
                next.AddReleasingListener(this);
                _waitingFor = next;
                break;
            }
            // Already processed: nothing to wait for, continue at once with it as the cause.
            cause = next;
        }
        // A process resumed from the schedule had none before it: storing the constant null spares the write barrier.
        if (previous is null)
        {
            simulator.ActiveProcess = null;
        }
        else
        {
            simulator.ActiveProcess = previous;
        }
    }
}
