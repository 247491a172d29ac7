using Shortfall.Analysis.Statistics;

namespace Shortfall.Analysis.Output.Documents;

/// <summary>A mean over replications with its t interval and the number of replications: <c>mean</c>, <c>ci_low</c>, <c>ci_high</c>, <c>n</c>.</summary>
/// <param name="Mean">The mean.</param>
/// <param name="CiLow">The lower limit; null from one replication.</param>
/// <param name="CiHigh">The upper limit; null from one replication.</param>
/// <param name="N">The number of observations.</param>
public sealed record MeanDocument(double? Mean, double? CiLow, double? CiHigh, long N) : IIntervalDocument
{
    /// <summary>The document of <paramref name="estimate"/>.</summary>
    public static MeanDocument Of(MeanEstimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        return new MeanDocument(estimate.Mean, estimate.CiLow, estimate.CiHigh, estimate.N);
    }
}
