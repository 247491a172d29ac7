using Shortfall.Analysis.Batches;

namespace Shortfall.Analysis.Optimisation;

/// <summary>Evaluates a batch of objective values with an evaluator (this machine's threads or a cluster's tasks) and refuses a value that is not
/// finite, naming its point.</summary>
internal static class CheckedObjectives
{
    /// <summary>The values at <paramref name="points"/>, in their order; <paramref name="describe"/> names a point in errors.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When a value is not finite.</exception>
    public static double[] Evaluate<TPoint>(IEvaluator<TPoint, double> evaluator, IReadOnlyList<TPoint> points, Func<TPoint, string> describe,
        CancellationToken cancellation)
    {
        var values = evaluator.Evaluate(points, cancellation).ToArray();
        for (var n = 0; n < values.Length; n++)
        {
            if (!double.IsFinite(values[n]))
            {
                throw new ArgumentOutOfRangeException(nameof(points), values[n], $"{describe(points[n])} gave a value that is not finite.");
            }
        }
        return values;
    }
}
