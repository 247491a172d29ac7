namespace Shortfall.Analysis.Optimisation;

/// <summary>
/// Computes a batch of objective values on several threads into fixed slots, so that the result is the same whatever the
/// threads; a value that is not finite is refused.
/// </summary>
internal static class ParallelObjectives
{
    /// <summary>The values of <paramref name="value"/> for slots 0 … <paramref name="count"/> − 1; <paramref name="describe"/> names a slot in
    /// errors.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When a value is not finite.</exception>
    public static double[] Compute(int count, Func<int, double> value, Func<int, string> describe, int threads, CancellationToken cancellation)
    {
        var values = new double[count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellation };
        try
        {
            Parallel.For(0, count, options, n => values[n] = value(n));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            // One failure keeps its own type (a scenario problem, a model error), as a sequential loop would throw it.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        for (var n = 0; n < count; n++)
        {
            if (!double.IsFinite(values[n]))
            {
                throw new ArgumentOutOfRangeException(nameof(value), values[n], $"{describe(n)} gave a value that is not finite.");
            }
        }
        return values;
    }
}
