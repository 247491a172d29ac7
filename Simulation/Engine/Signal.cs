namespace Shortfall.Engine;

/// <summary>
/// A broadcast "something changed" notice: processes wait on <see cref="Next"/>, and
/// <see cref="Fire"/> succeeds it and arms a fresh one, so each waiter wakes once per change and
/// then re-checks the state it cares about.
/// </summary>
public sealed class Signal
{
    private readonly Simulator _simulator;

    /// <summary>Creates an armed signal.</summary>
    public Signal(Simulator simulator)
    {
        _simulator = simulator ?? throw new ArgumentNullException(nameof(simulator));
        Next = simulator.Event();
    }

    /// <summary>The event the next <see cref="Fire"/> succeeds.</summary>
    public Event Next { get; private set; }

    /// <summary>Wakes everything waiting on <see cref="Next"/> and arms a new one.</summary>
    public void Fire()
    {
        var fired = Next;
        Next = _simulator.Event();
        fired.Succeed();
    }
}
