namespace Shortfall.Analysis.Running;

/// <summary>
/// Hands chunks of replications from the workers, which finish them in any order, to the one
/// consumer, which takes them in chunk order. At most <c>capacity</c> chunks are claimed and not
/// yet taken: a worker must wait for room before it claims the next chunk, so fast workers
/// cannot run ahead of a slow one without bound and memory stays constant however long the run.
/// The lock is taken once per chunk, never while a replication runs.
/// </summary>
internal sealed class ReorderWindow<T>
{
    private readonly ChunkResult<T>?[] _slots;
    private readonly SemaphoreSlim _room;
    private readonly object _gate = new();

    public ReorderWindow(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _slots = new ChunkResult<T>?[capacity];
        _room = new SemaphoreSlim(capacity, capacity);
    }

    /// <summary>Blocks until one more chunk may be claimed. Since claims are numbered in the order this returns, the chunk claimed next is within capacity of
    /// the next one to be taken.</summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellation"/> is cancelled.</exception>
    public void WaitForRoom(CancellationToken cancellation) => _room.Wait(cancellation);

    /// <summary>Stores the result of <paramref name="chunk"/>, claimed after <see cref="WaitForRoom"/>.</summary>
    public void Complete(long chunk, ChunkResult<T> result)
    {
        lock (_gate)
        {
            _slots[chunk % _slots.Length] = result;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>Waits for <paramref name="chunk"/>'s result and takes it, making room for one more claim.</summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellation"/> is cancelled first.</exception>
    public ChunkResult<T> Take(long chunk, CancellationToken cancellation)
    {
        var slot = (int)(chunk % _slots.Length);
        ChunkResult<T> result;
        using (cancellation.Register(() => { lock (_gate) { Monitor.PulseAll(_gate); } }))
        {
            lock (_gate)
            {
                while (_slots[slot] is null)
                {
                    cancellation.ThrowIfCancellationRequested();
                    Monitor.Wait(_gate);
                }
                result = _slots[slot]!;
                _slots[slot] = null;
            }
        }
        _room.Release();
        return result;
    }
}
