using MathNet.Numerics.Distributions;
using Shortfall.Randomness;

namespace Shortfall.Tests.Statistics;

/// <summary>Standard normal draws from a seeded stream, for tests that need normal data.</summary>
internal static class StandardNormal
{
    /// <summary>Inverse-CDF sampling from a uniform strictly inside (0, 1), so no draw is infinite.</summary>
    public static double Draw(RandomStream random) =>
        Normal.InvCDF(0.0, 1.0, ((random.NextUInt64() >> 11) + 0.5) / (1UL << 53));
}
