namespace Shortfall.Engine;

/// <summary>
/// An event met when enough of its events have been processed successfully: all of them
/// (<see cref="AllOf"/>) or any one (<see cref="AnyOf"/>). If one of them fails first, the condition
/// fails with the same reason, and that failure counts as handled by the condition. Once met, the
/// condition stops listening to the rest. To see which events fired, check their <see cref="Event.IsProcessed"/>.
/// </summary>
public sealed class Condition : Event, IEventListener
{
    private readonly Event[] _events;
    private int _outstanding;

    private Condition(Event[] events, bool all) : base(SimulatorOf(events))
    {
        _events = events;
        _outstanding = all ? events.Length : 1;
        foreach (var item in events)
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

    /// <summary>Met when every one of <paramref name="events"/> has been processed successfully.</summary>
    public static Condition AllOf(params ReadOnlySpan<Event> events) => new(Validate(events), all: true);

    /// <summary>Met when any one of <paramref name="events"/> has been processed successfully.</summary>
    public static Condition AnyOf(params ReadOnlySpan<Event> events) => new(Validate(events), all: false);

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
        foreach (var item in _events)
        {
            if (!item.IsProcessed)
            {
                item.RemoveListener(this);
            }
        }
    }

    // The events are copied: the caller's span may be a reused buffer or the stack.
    private static Event[] Validate(ReadOnlySpan<Event> events)
    {
        if (events.Length == 0)
        {
            throw new ArgumentException("a condition needs at least one event", nameof(events));
        }
        ArgumentNullException.ThrowIfNull(events[0], nameof(events));
        var simulator = events[0].Simulator;
        foreach (var item in events)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(events));
            if (!ReferenceEquals(item.Simulator, simulator))
            {
                throw new ArgumentException("all events of a condition must belong to one simulator", nameof(events));
            }
        }
        return events.ToArray();
    }

    private static Simulator SimulatorOf(Event[] events) => events[0].Simulator;
}
