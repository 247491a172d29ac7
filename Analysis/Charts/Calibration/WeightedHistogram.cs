namespace Shortfall.Analysis.Charts.Calibration;

/// <summary>A histogram of weighted values as a density: equal bins over [low, high], each bar its weight share over its width.</summary>
internal static class WeightedHistogram
{
    /// <summary>The bins' centres and densities.</summary>
    public static (double[] Centres, double[] Densities) Of(IReadOnlyList<double> values, IReadOnlyList<double> weights, double low, double high, int bins)
    {
        var width = (high - low) / bins;
        var densities = new double[bins];
        var total = weights.Sum();
        for (var i = 0; i < values.Count; i++)
        {
            var bin = (int)Math.Clamp(Math.Floor((values[i] - low) / width), 0, bins - 1);
            densities[bin] += weights[i] / total / width;
        }
        return (Enumerable.Range(0, bins).Select(b => low + (b + 0.5) * width).ToArray(), densities);
    }
}
