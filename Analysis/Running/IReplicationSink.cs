using Shortfall.Model.Results;

namespace Shortfall.Analysis.Running;

/// <summary>
/// Receives every replication, e.g. to write it to disk. <see cref="Render"/> runs on the worker
/// threads, concurrently and in any order, so that formatting costs no time on the one thread
/// that writes; <see cref="Write"/> then receives the rendered rows in replication-index order.
/// </summary>
/// <typeparam name="TRendered">What a replication is rendered to (e.g. the bytes of its CSV rows).</typeparam>
public interface IReplicationSink<TRendered>
{
    /// <summary>Renders replication <paramref name="replication"/>, whose results are given per variant in the run's order. Must not touch shared mutable
    /// state.</summary>
    TRendered Render(long replication, IReadOnlyList<ReplicationMetrics> results);

    /// <summary>Takes a rendered replication; called on one thread, in replication-index order.</summary>
    void Write(TRendered rendered);
}
