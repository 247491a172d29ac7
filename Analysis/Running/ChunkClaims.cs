namespace Shortfall.Analysis.Running;

/// <summary>Hands out chunks of consecutive replication indices below a maximum, each exactly once, without a lock.</summary>
internal sealed class ChunkClaims(int chunkSize, long maximum)
{
    private long _next = -1;

    /// <summary>Claims the next chunk: replications [first, end). False when all indices below the maximum are taken.</summary>
    public bool TryClaim(out long chunk, out long first, out long end)
    {
        chunk = Interlocked.Increment(ref _next);
        first = chunk * chunkSize;
        end = Math.Min(first + chunkSize, maximum);
        return first < maximum;
    }
}
