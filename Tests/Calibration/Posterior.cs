using Shortfall.Analysis.Calibration;

namespace Shortfall.Tests.Calibration;

/// <summary>Weighted moments and quantiles of a generation's first parameter.</summary>
internal static class Posterior
{
    public static double Mean(Generation generation) => generation.Particles.Sum(p => p.Weight * p.Parameters[0]);

    public static double Variance(Generation generation)
    {
        var mean = Mean(generation);
        return generation.Particles.Sum(p => p.Weight * Math.Pow(p.Parameters[0] - mean, 2));
    }

    public static double Quantile(Generation generation, double level) =>
        WeightedQuantile.Of(generation.Particles.Select(p => p.Parameters[0]).ToArray(), generation.Particles.Select(p => p.Weight).ToArray(), level);
}
