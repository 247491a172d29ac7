namespace Shortfall.Analysis.Running;

/// <summary>
/// Runs the replications of a plan on worker threads and aggregates them in replication-index
/// order. Replication k of every variant runs on the same worker, one after the other, with the
/// same k (so variants share their random numbers); workers claim chunks of consecutive indices
/// and share nothing else. The one consumer (the calling thread) aggregates and writes each
/// replication in index order, so the outcome and everything written are the same bits whatever
/// the number of threads or the order in which replications finish. A plan may start at a
/// replication index other than 0 (<see cref="RunPlan.FirstReplication"/>), for one shard of a
/// larger run; replication k is the same whichever run computes it.
/// </summary>
public static class MonteCarloRunner
{
    // Chunks claimed but not yet aggregated, per worker: enough to keep every worker busy while
    // the consumer waits for a slow chunk, few enough that memory stays small.
    private const int ChunksPerWorker = 4;

    /// <summary>Runs <paramref name="plan"/>, passing every aggregated replication to <paramref name="sink"/>.</summary>
    /// <param name="plan">The variants, the stopping rule and the number of threads.</param>
    /// <param name="sink">Receives every replication; rendered on the workers, written in index order.</param>
    /// <param name="progress">Called on the calling thread after each replication is aggregated, with the number aggregated so far.</param>
    /// <param name="cancellation">Stops the run at once; replications still running finish in the background and are discarded.</param>
    /// <returns>The summaries of the aggregated replications.</returns>
    /// <exception cref="ReplicationFailedException">When a replication throws; it is the failure of the lowest index reached, so the same whatever the
    /// threads.</exception>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellation"/> is cancelled.</exception>
    public static RunOutcome Run<TRendered>(
        RunPlan plan,
        IReplicationSink<TRendered> sink,
        Action<long>? progress = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(sink);
        plan.Validate();
        var aggregation = new RunAggregation(plan.Variants);
        var maximum = plan.Stopping.MaximumReplications;
        var chunkSize = (int)Math.Clamp(maximum / (plan.Threads * 32L), 1, 8);
        var window = new ReorderWindow<Completed<TRendered>>(ChunksPerWorker * plan.Threads);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var claims = new ChunkClaims(chunkSize, plan.FirstReplication, maximum);
        var workers = Enumerable.Range(0, plan.Threads)
            .Select(i => new Thread(() => Work(plan.Variants, sink, window, claims, stop.Token)) { IsBackground = true, Name = $"replications {i}" })
            .ToArray();
        foreach (var worker in workers)
        {
            worker.Start();
        }

        var met = false;
        var completed = false;
        try
        {
            for (long chunk = 0; aggregation.Count < maximum && !met; chunk++)
            {
                var result = window.Take(chunk, stop.Token);
                foreach (var item in result.Items)
                {
                    aggregation.Add(item.Metrics);
                    sink.Write(item.Rendered);
                    progress?.Invoke(aggregation.Count);
                    met = plan.Stopping.IsSatisfied(aggregation.Accumulators);
                    if (met || aggregation.Count == maximum)
                    {
                        break;
                    }
                }
                if (!met && aggregation.Count < maximum && result.Failure is not null)
                {
                    throw result.Failure;
                }
            }
            completed = true;
        }
        finally
        {
            stop.Cancel();
            // After a failure or a cancellation nobody waits for the replications still running:
            // the workers are background threads that only compute, and they stop claiming work.
            if (completed)
            {
                foreach (var worker in workers)
                {
                    worker.Join();
                }
            }
        }
        return aggregation.Outcome(met);
    }

    private static void Work<TRendered>(
        IReadOnlyList<RunVariant> variants,
        IReplicationSink<TRendered> sink,
        ReorderWindow<Completed<TRendered>> window,
        ChunkClaims claims,
        CancellationToken stop)
    {
        while (true)
        {
            try
            {
                window.WaitForRoom(stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            if (!claims.TryClaim(out var chunk, out var first, out var end))
            {
                return;
            }

            var items = new List<Completed<TRendered>>((int)(end - first));
            Exception? failure = null;
            for (var k = first; k < end && failure is null; k++)
            {
                try
                {
                    items.Add(Replicate(variants, sink, k));
                }
                catch (ReplicationFailedException e)
                {
                    failure = e;
                }
            }
            window.Complete(chunk, new ChunkResult<Completed<TRendered>>(items, failure));
            if (failure is not null)
            {
                return;
            }
        }
    }

    private static Completed<TRendered> Replicate<TRendered>(IReadOnlyList<RunVariant> variants, IReplicationSink<TRendered> sink, long k)
    {
        var metrics = new ReplicationMetrics[variants.Count];
        for (var v = 0; v < variants.Count; v++)
        {
            try
            {
                var result = variants[v].Replicate(k);
                if (result.Replication != k)
                {
                    throw new InvalidOperationException($"The model returned the results of replication {result.Replication}.");
                }

                metrics[v] = ReplicationMetrics.Of(result, variants[v].Plant);
            }
            catch (Exception e)
            {
                throw new ReplicationFailedException(variants[v].Name, k, e);
            }
        }
        try
        {
            return new Completed<TRendered>(metrics, sink.Render(k, metrics));
        }
        catch (Exception e)
        {
            throw new ReplicationFailedException(variants[0].Name, k, e);
        }
    }

    private sealed record Completed<TRendered>(ReplicationMetrics[] Metrics, TRendered Rendered);
}
