namespace Shortfall.Engine;

/// <summary>An event that succeeds with a value of type <typeparamref name="T"/>, such as an item taken from a store.</summary>
public class Event<T> : Event
{
    private T? _value;

    /// <summary>Creates a pending event of <paramref name="simulator"/>.</summary>
    public Event(Simulator simulator) : base(simulator)
    {
    }

    /// <summary>The value the event succeeded with.</summary>
    /// <exception cref="InvalidOperationException">When the event is pending or failed.</exception>
    public T Value => State != EventState.Pending && IsOk
        ? _value!
        : throw new InvalidOperationException($"{this} has no value: it is pending or failed.", Failure);

    /// <summary>Triggers the event as a success carrying <paramref name="value"/>.</summary>
    public void Succeed(T value)
    {
        _value = value;
        Succeed();
    }
}
