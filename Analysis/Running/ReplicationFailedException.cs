namespace Shortfall.Analysis.Running;

/// <summary>Thrown by the runner when a replication throws; it names the variant and replication so the failure can be reproduced alone.</summary>
public sealed class ReplicationFailedException : Exception
{
    /// <summary>Creates the exception for replication <paramref name="replication"/> of <paramref name="variant"/>.</summary>
    public ReplicationFailedException(string variant, long replication, Exception inner)
        : base($"Replication {replication} of variant '{variant}' failed: {inner.Message}", inner)
    {
        Variant = variant;
        Replication = replication;
    }

    /// <summary>The variant whose replication failed.</summary>
    public string Variant { get; }

    /// <summary>The index of the replication that failed.</summary>
    public long Replication { get; }
}
