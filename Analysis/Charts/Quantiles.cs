namespace Shortfall.Analysis.Charts;

/// <summary>Sample quantiles by linear interpolation between order statistics (Hyndman–Fan type 7, the
/// default of R, NumPy and Excel's PERCENTILE.INC), read from a <see cref="Sample"/>'s counts: the same doubles as from its
/// observations sorted one by one.</summary>
public static class Quantiles
{
    /// <summary>The <paramref name="probability"/> quantile of <paramref name="sample"/>: with n observations x₀ ≤ … ≤ xₙ₋₁ and
    /// h = (n − 1)·p, the value x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋₊₁ − x⌊h⌋).</summary>
    /// <exception cref="ArgumentException"><paramref name="sample"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="probability"/> is outside [0, 1].</exception>
    public static double Of(Sample sample, double probability)
    {
        ArgumentNullException.ThrowIfNull(sample);
        if (sample.Count == 0)
        {
            throw new ArgumentException("A quantile needs at least one value.", nameof(sample));
        }
        if (!(probability >= 0 && probability <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "A probability must be in [0, 1].");
        }
        var n = sample.Count;
        if (probability == 0 || n == 1)
        {
            return sample.Minimum;
        }
        if (probability == 1)
        {
            return sample.Maximum;
        }
        // h is 1-based here, as in Hyndman and Fan, so that its whole part is the rank of the lower neighbour.
        var h = (n - 1) * probability + 1d;
        var whole = (long)h;
        var lower = sample.At(Math.Max(whole - 1, 0));
        var upper = sample.At(Math.Min(whole, n - 1));
        return lower + (h - whole) * (upper - lower);
    }
}
