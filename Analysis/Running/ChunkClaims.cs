namespace Shortfall.Analysis.Running;

/// <summary>Hands out chunks of consecutive replication indices in [first, first + count), each exactly once, without a lock.</summary>
internal sealed class ChunkClaims(int chunkSize, long first, long count)
{
    private long _next = -1;

    /// <summary>Claims the next chunk: replications [start, end), chunk 0 starting at the first index. False when all indices are taken.</summary>
    public bool TryClaim(out long chunk, out long start, out long end)
    {
        chunk = Interlocked.Increment(ref _next);
        var offset = chunk * chunkSize;
        start = first + offset;
        end = first + Math.Min(offset + chunkSize, count);
        return offset < count;
    }
}
