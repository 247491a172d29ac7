namespace Shortfall.Engine;

/// <summary>
/// A reusable wait for the first of some <see cref="Signal"/>s to fire or a <see cref="Timeout"/> to pass, for a
/// process that waits again and again: <c>yield return wait.For(done, power.Changed);</c>. It behaves as
/// <see cref="Simulator.AnyOf"/> over the timeout and the signals' <see cref="Signal.Next"/> events (it is met, and
/// resumes its process, at the same point of the schedule), but allocates nothing: the wait is armed again for each
/// use, and the signals' firings and the timeout it heard go back to their pools. To see whether the timeout passed,
/// check the <see cref="Timeout"/> handle's <see cref="Timeout.IsProcessed"/>.
/// <para>One process owns a wait and yields it once per arming; arming it while it is met but not yet processed
/// throws. A wait armed again while still waiting (its process was interrupted) first lets go of what it waited for.</para>
/// </summary>
public sealed class Wait : Event, IReleasingListener
{
    private ReferenceList<Event> _events;

    /// <summary>Creates a wait of <paramref name="simulator"/>, to be armed with <see cref="For(ReadOnlySpan{Signal})"/>.</summary>
    public Wait(Simulator simulator) : base(simulator)
    {
    }

    /// <summary>Arms the wait for the next firing of any of <paramref name="signals"/>.</summary>
    /// <exception cref="ArgumentException">When a signal is null or belongs to another simulator.</exception>
    /// <exception cref="InvalidOperationException">When the wait is met but not yet processed.</exception>
    public Wait For(params ReadOnlySpan<Signal> signals)
    {
        Rearm();
        Listen(signals);
        return this;
    }

    /// <summary>Arms the wait for <paramref name="timeout"/> or the next firing of any of <paramref name="signals"/>,
    /// whichever comes first; a timeout already processed meets it at once.</summary>
    /// <exception cref="ArgumentException">When a signal is null or belongs to another simulator, or the timeout to another simulator.</exception>
    /// <exception cref="InvalidOperationException">When the wait is met but not yet processed, or for a default timeout.</exception>
    public Wait For(Timeout timeout, params ReadOnlySpan<Signal> signals)
    {
        Rearm();
        if (timeout.IsProcessed)
        {
            Succeed();
            return this;
        }
        var pending = timeout.Event;
        if (!ReferenceEquals(pending.Simulator, Simulator))
        {
            throw new ArgumentException("the timeout of a wait must belong to its simulator", nameof(timeout));
        }
        Hold(pending);
        pending.AddReleasingListener(this);
        Listen(signals);
        return this;
    }

    void IEventListener.OnProcessed(Event processed)
    {
        if (IsTriggered)
        {
            return;
        }
        Detach();
        // Heard as the only listener of the event being processed, with nothing else due now: once scheduled, this wait
        // would be the very next event processed, so it is processed at once, sparing the schedule a push and a pop at
        // nearly every wake of a process.
        if (processed.HasSoleListenerAndSucceeded && Simulator.NothingElseDueNow)
        {
            Simulator.ProcessAtOnce(this);
        }
        else
        {
            Succeed();
        }
    }

    private void Rearm()
    {
        if (State == EventState.Triggered)
        {
            throw new InvalidOperationException("This wait is met and not yet processed; a process arms it again only after it resumed from it.");
        }
        if (State == EventState.Pending)
        {
            Detach();
        }
        ResetForReuse();
    }

    private void Listen(ReadOnlySpan<Signal> signals)
    {
        foreach (var signal in signals)
        {
            ArgumentNullException.ThrowIfNull(signal, nameof(signals));
            if (!ReferenceEquals(signal.Simulator, Simulator))
            {
                throw new ArgumentException("all signals of a wait must belong to its simulator", nameof(signals));
            }
            Hold(signal.Listen(this));
        }
    }

    private void Hold(Event item)
    {
        _events.Add(item);
    }

    // Lets go of every event: a timeout left with no one to hear it goes back to the pool when it fires.
    private void Detach()
    {
        for (var i = 0; i < _events.Count; i++)
        {
            var item = _events[i];
            if (item.IsProcessed)
            {
                continue;
            }
            item.RemoveListener(this);
            if (item is TimeoutEvent { HasListeners: false } timeout)
            {
                timeout.Abandoned = true;
            }
        }
        _events.Clear();
    }
}
