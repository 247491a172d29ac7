using MathNet.Numerics.Distributions;
using Shortfall.Randomness;

namespace Shortfall.Tests.Randomness;

/// <summary>
/// Statistical assertions with tolerances derived from the distribution's own moments. Seeds are
/// fixed, so each check either always passes or always fails; the significance levels say how
/// unlikely a false alarm would have been for a random seed.
/// </summary>
internal static class SampleChecks
{
    /// <summary>Samples enough that 4 standard errors of the mean are 1% of a standard deviation: (4 / 0.01)².</summary>
    public const int SampleCount = 160_000;

    /// <summary>Standard errors allowed for a sample moment.</summary>
    public const double StandardErrors = 4.0;

    /// <summary>
    /// The 0.999 quantile of the Kolmogorov distribution: √(ln(2/α)/2) at α = 0.001 (the
    /// series' later terms change it by less than 1e-6). A sample fails when √n · D exceeds it.
    /// </summary>
    public const double KolmogorovCritical = 1.9495;

    /// <summary>The significance level of the chi-square tests.</summary>
    public const double ChiSquareAlpha = 0.001;

    public static double[] Draw(Distribution distribution, ulong seed, int count = SampleCount)
    {
        var random = new RandomStream(seed);
        var samples = new double[count];
        for (var i = 0; i < count; i++)
        {
            samples[i] = distribution.Sample(random);
        }
        return samples;
    }

    /// <summary>The sample mean lies within 4 standard errors, σ/√n, of the exact mean.</summary>
    public static void MeanMatches(double[] samples, double mean, double variance)
    {
        var tolerance = StandardErrors * Math.Sqrt(variance / samples.Length);
        Assert.InRange(samples.Average(), mean - tolerance, mean + tolerance);
    }

    /// <summary>
    /// The unbiased sample variance lies within 4 of its standard errors of the exact variance;
    /// Var(s²) = (μ₄ − σ⁴ (n − 3)/(n − 1)) / n needs the exact fourth central moment μ₄.
    /// </summary>
    public static void VarianceMatches(double[] samples, double variance, double fourthCentralMoment)
    {
        var n = (double)samples.Length;
        var mean = samples.Average();
        var sampleVariance = samples.Sum(x => (x - mean) * (x - mean)) / (n - 1);
        var varianceOfVariance = (fourthCentralMoment - variance * variance * (n - 3) / (n - 1)) / n;
        var tolerance = StandardErrors * Math.Sqrt(varianceOfVariance);
        Assert.InRange(sampleVariance, variance - tolerance, variance + tolerance);
    }

    /// <summary>Kolmogorov–Smirnov at α = 0.001 against a continuous CDF.</summary>
    public static void KolmogorovSmirnovAccepts(double[] samples, Func<double, double> cdf)
    {
        var sorted = (double[])samples.Clone();
        Array.Sort(sorted);
        var n = sorted.Length;
        var largestGap = 0.0;
        for (var i = 0; i < n; i++)
        {
            var f = cdf(sorted[i]);
            largestGap = Math.Max(largestGap, Math.Max((i + 1.0) / n - f, f - (double)i / n));
        }
        Assert.True(Math.Sqrt(n) * largestGap < KolmogorovCritical,
            $"√n·D = {Math.Sqrt(n) * largestGap} ≥ {KolmogorovCritical} (α = 0.001)");
    }

    /// <summary>Pearson's chi-square at α = 0.001 of observed counts against expected probabilities (which sum to 1).</summary>
    public static void ChiSquareAccepts(long[] observed, double[] probabilities)
    {
        var n = (double)observed.Sum();
        var statistic = 0.0;
        for (var i = 0; i < observed.Length; i++)
        {
            var expected = n * probabilities[i];
            statistic += (observed[i] - expected) * (observed[i] - expected) / expected;
        }
        var critical = ChiSquared.InvCDF(observed.Length - 1, 1 - ChiSquareAlpha);
        Assert.True(statistic < critical, $"χ² = {statistic} ≥ {critical} (df = {observed.Length - 1}, α = {ChiSquareAlpha})");
    }
}
