namespace Shortfall.Analysis.Calibration;

/// <summary>Turns each set's paired differences into every remedy's effect over the posterior (<see cref="RemedyEffect"/>).</summary>
public static class PosteriorEffects
{
    /// <summary>The effects of remedies 1… of <paramref name="values"/>[set][variant][replication] (variant 0 is the baseline).</summary>
    /// <param name="variants">The variants' names, the baseline first.</param>
    /// <param name="weights">The sets' weights (any positive scale).</param>
    /// <param name="values">The headline metric of each replication of each variant on each set; replication k of every variant of a set
    /// shares its random numbers.</param>
    /// <param name="level">The interval's level, e.g. 0.9.</param>
    /// <param name="minimise">True when less of the metric is better: a remedy then helps on a set where it lowers the mean, and is best where
    /// it lowers it most.</param>
    public static IReadOnlyList<RemedyEffect> Of(IReadOnlyList<string> variants, IReadOnlyList<double> weights, double[][][] values, double level,
        bool minimise = false)
    {
        ArgumentNullException.ThrowIfNull(variants);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(values);
        var total = weights.Sum();
        var w = weights.Select(x => x / total).ToArray();
        var sets = values.Length;
        var remedies = variants.Count - 1;
        // means[v][i] and varianceOfMean[v][i] for remedy v + 1 on set i.
        var means = new double[remedies][];
        var errors = new double[remedies][];
        for (var v = 0; v < remedies; v++)
        {
            means[v] = new double[sets];
            errors[v] = new double[sets];
            for (var i = 0; i < sets; i++)
            {
                var baseline = values[i][0];
                var differences = values[i][v + 1].Select((y, k) => y - baseline[k]).ToArray();
                var mean = differences.Average();
                means[v][i] = mean;
                errors[v][i] = differences.Length > 1 ? differences.Sum(d => (d - mean) * (d - mean)) / (differences.Length - 1) / differences.Length : 0;
            }
        }
        var better = minimise ? -1 : 1;
        var best = new double[remedies];
        for (var i = 0; i < sets && remedies > 0; i++)
        {
            var winner = Enumerable.Range(0, remedies).MaxBy(v => better * means[v][i]);
            best[winner] += w[i];
        }
        return Enumerable.Range(0, remedies).Select(v =>
        {
            var mean = Weighted(w, means[v]);
            var spread = Weighted(w, means[v].Select(m => (m - mean) * (m - mean)).ToArray());
            var monteCarlo = Weighted(w, errors[v]);
            var helps = Enumerable.Range(0, sets).Where(i => better * means[v][i] > 0).Sum(i => w[i]);
            var low = WeightedQuantile.Of(means[v], w, (1 - level) / 2);
            var high = WeightedQuantile.Of(means[v], w, (1 + level) / 2);
            return new RemedyEffect(variants[v + 1], mean, Math.Max(spread - monteCarlo, 0), monteCarlo, low, high, helps, best[v]);
        }).ToArray();
    }

    private static double Weighted(double[] weights, double[] values)
    {
        var sum = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            sum += weights[i] * values[i];
        }
        return sum;
    }
}
