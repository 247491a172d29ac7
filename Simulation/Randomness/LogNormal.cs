using MathNet.Numerics;

namespace Shortfall.Randomness;

/// <summary>
/// The log-normal distribution, given by the mean and standard deviation of the variable itself
/// (what an analyst estimates), not of its logarithm.
/// </summary>
public sealed class LogNormal : Distribution
{
    /// <summary>Creates the log-normal distribution whose mean is <paramref name="mean"/> and standard deviation <paramref
    /// name="standardDeviation"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When either parameter is not finite and &gt; 0.</exception>
    public LogNormal(double mean, double standardDeviation)
    {
        Mean = Require.Positive(mean, nameof(mean));
        StandardDeviation = Require.Positive(standardDeviation, nameof(standardDeviation));
        var cv = standardDeviation / mean;
        var logVariance = Math.Log(1.0 + cv * cv);
        LogStandardDeviation = Math.Sqrt(logVariance);
        LogMean = Math.Log(mean) - 0.5 * logVariance;
    }

    /// <inheritdoc/>
    public override double Mean { get; }

    /// <summary>The standard deviation of the variable.</summary>
    public double StandardDeviation { get; }

    /// <summary>μ, the mean of ln X: ln(mean) − σ²/2.</summary>
    public double LogMean { get; }

    /// <summary>σ, the standard deviation of ln X: √ln(1 + sd²/mean²).</summary>
    public double LogStandardDeviation { get; }

    /// <inheritdoc/>
    public override double Variance => StandardDeviation * StandardDeviation;

    /// <inheritdoc/>
    public override double Minimum => 0.0;

    /// <summary>exp(μ + σZ) with Z from the ziggurat.</summary>
    public override double Sample(RandomStream random) => Math.Exp(LogMean + LogStandardDeviation * StandardNormal.Sample(random));

    /// <inheritdoc/>
    public override double Cdf(double x) =>
        x <= 0 ? 0.0 : 0.5 * SpecialFunctions.Erfc((LogMean - Math.Log(x)) / (LogStandardDeviation * Math.Sqrt(2.0)));

    /// <inheritdoc/>
    public override string ToString() => $"lognormal(mean: {ScenarioText.Number(Mean)}, sd: {ScenarioText.Number(StandardDeviation)})";
}
