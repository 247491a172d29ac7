namespace Shortfall.Engine;

/// <summary>Stops a run when a process was interrupted and yielded or ended without taking the interrupt.</summary>
public sealed class UnhandledInterruptException(Process process, object? cause)
    : Exception($"{process.Name} was interrupted ({cause ?? "no cause"}) and did not call TryTakeInterrupt before its next yield.")
{
    /// <summary>The process that ignored its interrupt.</summary>
    public Process Process { get; } = process;

    /// <summary>The cause given to the interrupt.</summary>
    public object? Cause { get; } = cause;
}
