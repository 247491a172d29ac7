using System.Runtime.ExceptionServices;

namespace Shortfall.Analysis.Batches;

/// <summary>Evaluates a batch on this machine's threads, each result into its point's slot, so that the threads change nothing.</summary>
/// <param name="evaluate">The model at one point; called concurrently, so it must be safe to.</param>
/// <param name="threads">The most points evaluated at once; positive.</param>
public sealed class LocalEvaluator<TPoint, TResult>(Func<TPoint, TResult> evaluate, int threads) : IEvaluator<TPoint, TResult>
{
    private readonly int _threads = threads > 0 ? threads : throw new ArgumentOutOfRangeException(nameof(threads), threads, "Threads must be positive.");

    /// <inheritdoc/>
    public int Width => _threads;

    /// <inheritdoc/>
    /// <exception cref="AggregateException">When several points fail; a single failure is rethrown as itself, as a sequential loop would throw it.</exception>
    public IReadOnlyList<TResult> Evaluate(IReadOnlyList<TPoint> points, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(points);
        var results = new TResult[points.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = _threads, CancellationToken = cancellation };
        try
        {
            Parallel.For(0, points.Count, options, i => results[i] = evaluate(points[i]));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        return results;
    }
}
