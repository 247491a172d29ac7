namespace Shortfall.Engine;

/// <summary>
/// A broadcast "something changed" notice: processes wait on <see cref="Next"/>, or through a
/// <see cref="Wait"/>, and <see cref="Fire"/> succeeds it and arms a fresh one, so each waiter wakes
/// once per change and then re-checks the state it cares about. A firing only waits heard is
/// reused, so a signal waited on through waits allocates nothing in steady state.
/// </summary>
public sealed class Signal
{
    private readonly Simulator _simulator;
    private readonly EventPool<SignalEvent> _pool = new();
    private SignalEvent _armed;

    /// <summary>Creates an armed signal.</summary>
    public Signal(Simulator simulator)
    {
        _simulator = simulator ?? throw new ArgumentNullException(nameof(simulator));
        _armed = new SignalEvent(this, simulator);
    }

    /// <summary>The event the next <see cref="Fire"/> succeeds. An event taken this way is never reused.</summary>
    public Event Next
    {
        get
        {
            Listened?.Invoke();
            _armed.Exposed = true;
            return _armed;
        }
    }

    /// <summary>True when the next <see cref="Fire"/> would be heard: a wait listens for it, or someone took <see cref="Next"/>.</summary>
    public bool IsHeard => _armed.Exposed || _armed.HasListeners;

    /// <summary>
    /// Called each time something starts listening (a <see cref="Wait"/> armed with the signal, a taker of <see cref="Next"/>),
    /// before it is added, for the one owner of a signal whose source is costly to keep up to date: such a source can stop
    /// following its changes while no one hears them, and bring itself up to date here (its firings then reach no one).
    /// </summary>
    public Action? Listened { get; set; }

    /// <summary>The simulator the signal belongs to.</summary>
    internal Simulator Simulator => _simulator;

    /// <summary>Wakes everything waiting on <see cref="Next"/> and arms a new one. A firing nothing waits for and no one
    /// took as <see cref="Next"/> can never be heard: it stays armed for the next <see cref="Fire"/>, and nothing is scheduled.</summary>
    public void Fire()
    {
        var fired = _armed;
        if (!fired.Exposed && !fired.HasListeners)
        {
            return;
        }
        _armed = _pool.TryPop(out var pooled) ? pooled : new SignalEvent(this, _simulator);
        fired.Succeed();
    }

    /// <summary>Adds <paramref name="wait"/> to the waiters of the next firing, which it returns, without exposing it.</summary>
    internal Event Listen(Wait wait)
    {
        Listened?.Invoke();
        _armed.AddReleasingListener(wait);
        return _armed;
    }

    internal void Return(SignalEvent fired) => _pool.Push(fired);
}
