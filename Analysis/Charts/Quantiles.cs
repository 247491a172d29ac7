using MathNet.Numerics.Statistics;

namespace Shortfall.Analysis.Charts;

/// <summary>Sample quantiles by linear interpolation between order statistics (Hyndman–Fan type 7, the
/// default of R, NumPy and Excel's PERCENTILE.INC).</summary>
public static class Quantiles
{
    /// <summary>The <paramref name="probability"/> quantile of <paramref name="sorted"/>, which must be in increasing order.</summary>
    /// <exception cref="ArgumentException"><paramref name="sorted"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="probability"/> is outside [0, 1].</exception>
    public static double Of(double[] sorted, double probability)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Length == 0)
        {
            throw new ArgumentException("A quantile needs at least one value.", nameof(sorted));
        }
        if (!(probability >= 0 && probability <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "A probability must be in [0, 1].");
        }
        return SortedArrayStatistics.QuantileCustom(sorted, probability, QuantileDefinition.R7);
    }
}
