namespace Shortfall.Engine;

/// <summary>Stops a run when an event failed and nothing looked at its failure.</summary>
public sealed class UnhandledFailureException(Event failed, Exception reason)
    : Exception($"{failed} failed and nothing handled it: {reason.Message}", reason)
{
    /// <summary>The event whose failure went unhandled.</summary>
    public Event Event { get; } = failed;
}
