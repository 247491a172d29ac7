namespace Shortfall.Analysis.Batches;

/// <summary>An evaluator seen through a map of its points: a selection that numbers its candidates evaluates them as the portfolios they stand for.</summary>
/// <param name="inner">The evaluator of the mapped points.</param>
/// <param name="map">The inner point of an outer one.</param>
public sealed class MappedEvaluator<TOuter, TInner, TResult>(IEvaluator<TInner, TResult> inner, Func<TOuter, TInner> map) : IEvaluator<TOuter, TResult>
{
    /// <inheritdoc/>
    public int Width => inner.Width;

    /// <inheritdoc/>
    public IReadOnlyList<TResult> Evaluate(IReadOnlyList<TOuter> points, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(points);
        return inner.Evaluate(points.Select(map).ToArray(), cancellation);
    }
}
