using MathNet.Numerics;

namespace Shortfall.Randomness;

/// <summary>The normal distribution. It is unbounded below: durations drawn from it can be negative.</summary>
public sealed class Normal : Distribution
{
    /// <summary>Creates a normal distribution with mean <paramref name="mean"/> and standard deviation <paramref name="standardDeviation"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="mean"/> is not finite, or <paramref name="standardDeviation"/> is not finite and
    /// &gt; 0.</exception>
    public Normal(double mean, double standardDeviation)
    {
        Mean = Require.Finite(mean, nameof(mean));
        StandardDeviation = Require.Positive(standardDeviation, nameof(standardDeviation));
    }

    /// <inheritdoc/>
    public override double Mean { get; }

    /// <summary>The standard deviation.</summary>
    public double StandardDeviation { get; }

    /// <inheritdoc/>
    public override double Variance => StandardDeviation * StandardDeviation;

    /// <inheritdoc/>
    public override double Minimum => double.NegativeInfinity;

    /// <summary>Ziggurat sampling: usually one draw, no state kept between samples.</summary>
    public override double Sample(RandomStream random) => Mean + StandardDeviation * StandardNormal.Sample(random);

    /// <inheritdoc/>
    public override double Cdf(double x) => 0.5 * SpecialFunctions.Erfc((Mean - x) / (StandardDeviation * Math.Sqrt(2.0)));

    /// <inheritdoc/>
    public override string ToString() => $"normal(mean: {ScenarioText.Number(Mean)}, sd: {ScenarioText.Number(StandardDeviation)})";
}
