namespace Shortfall.Engine;

/// <summary>
/// One firing of a <see cref="Signal"/>. Waits listen to it through the signal without holding it, so
/// unless someone took it as <see cref="Signal.Next"/> it goes back to the signal's pool once processed.
/// </summary>
internal sealed class SignalEvent(Signal signal, Simulator simulator) : PooledEvent(simulator)
{
    /// <summary>True once handed out as <see cref="Signal.Next"/>: someone may keep it, so it is never reused.</summary>
    public bool Exposed { get; set; }

    /// <inheritdoc />
    public override bool FreeOnceProcessed => !Exposed;

    /// <inheritdoc />
    public override void Free()
    {
        ResetForReuse();
        signal.Return(this);
    }
}
