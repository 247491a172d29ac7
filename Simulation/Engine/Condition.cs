namespace Shortfall.Engine;

/// <summary>
/// An event met when enough of its events have been processed successfully: all of them
/// (<see cref="Simulator.AllOf"/>, <c>a &amp; b</c>) or any one (<see cref="Simulator.AnyOf"/>, <c>a | b</c>).
/// A condition over no events succeeds at once, as in SimPy. If one of its events fails first, the
/// condition fails with the same reason, and that failure counts as handled by the condition. Once met,
/// the condition stops listening to the rest, and so do the conditions nested in it (<c>a | (b &amp; c)</c>
/// met by <c>a</c> leaves nothing attached to b and c): a nested condition detached this way is never met.
/// Unlike SimPy, a nested condition that something else also waits for stays attached, so that waiter is not
/// left hanging. To see which events fired, check their <see cref="Event.IsProcessed"/>.
/// </summary>
public sealed class Condition : Event, IEventListener
{
    private readonly Event[] _events;
    private int _outstanding;

    /// <exception cref="ArgumentException">When an event is null or belongs to another simulator.</exception>
    internal Condition(Simulator simulator, ReadOnlySpan<Event> events, bool all) : base(simulator)
    {
        _events = Validate(simulator, events);
        if (_events.Length == 0)
        {
            Succeed();
            return;
        }
        _outstanding = all ? _events.Length : 1;
        foreach (var item in _events)
        {
            if (item.IsProcessed)
            {
                Check(item);
            }
            else if (!IsTriggered)
            {
                item.AddListener(this);
            }
        }
    }

    /// <summary>The events this condition waits on.</summary>
    public IReadOnlyList<Event> Events => _events;

    void IEventListener.OnProcessed(Event processed) => Check(processed);

    private void Check(Event processed)
    {
        if (IsTriggered)
        {
            return;
        }
        if (!processed.IsOk)
        {
            processed.MarkFailureObserved();
            Fail(processed.Failure!);
        }
        else if (--_outstanding > 0)
        {
            return;
        }
        else
        {
            Succeed();
        }
        Detach();
    }

    // A condition nested in this one and waited for by nothing else would otherwise stay attached to
    // its events, and be met later for no one (SimPy detaches nested conditions too).
    private void Detach()
    {
        foreach (var item in _events)
        {
            if (item.IsProcessed)
            {
                continue;
            }
            item.RemoveListener(this);
            if (item is Condition { IsTriggered: false, HasListeners: false } nested)
            {
                nested.Detach();
            }
        }
    }

    // The events are copied: the caller's span may be a reused buffer or the stack.
    private static Event[] Validate(Simulator simulator, ReadOnlySpan<Event> events)
    {
        foreach (var item in events)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(events));
            if (!ReferenceEquals(item.Simulator, simulator))
            {
                throw new ArgumentException("all events of a condition must belong to its simulator", nameof(events));
            }
        }
        return events.ToArray();
    }
}
