namespace Shortfall.Analysis.Running;

/// <summary>A sink that keeps nothing: for runs whose summaries are all that matters (benchmarks, sweeps).</summary>
public sealed class DiscardingSink : IReplicationSink<bool>
{
    /// <summary>The one instance; it has no state.</summary>
    public static readonly DiscardingSink Instance = new();

    private DiscardingSink()
    {
    }

    /// <inheritdoc/>
    public bool Render(long replication, IReadOnlyList<ReplicationMetrics> results) => true;

    /// <inheritdoc/>
    public void Write(bool rendered)
    {
    }
}
