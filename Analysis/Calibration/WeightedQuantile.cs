namespace Shortfall.Analysis.Calibration;

/// <summary>Quantiles of a weighted sample: the smallest value whose cumulative weight reaches the level.</summary>
public static class WeightedQuantile
{
    /// <summary>The <paramref name="level"/> quantile of <paramref name="values"/> weighted by <paramref name="weights"/> (any positive scale).</summary>
    /// <exception cref="ArgumentException">When the lists differ in length or are empty.</exception>
    public static double Of(IReadOnlyList<double> values, IReadOnlyList<double> weights, double level)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(weights);
        if (values.Count != weights.Count || values.Count == 0)
        {
            throw new ArgumentException("A weighted quantile needs as many weights as values, and at least one.");
        }
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ThenBy(i => i).ToArray();
        var total = 0.0;
        foreach (var w in weights)
        {
            total += w;
        }
        var reached = 0.0;
        foreach (var i in order)
        {
            reached += weights[i];
            if (reached >= level * total)
            {
                return values[i];
            }
        }
        return values[order[^1]];
    }
}
