using MathNet.Numerics;

namespace Shortfall.Randomness;

/// <summary>The exponential distribution, given by its mean (e.g. hours between outages).</summary>
public sealed class Exponential : Distribution
{
    /// <summary>Creates an exponential distribution with mean <paramref name="mean"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="mean"/> is not finite and &gt; 0.</exception>
    public Exponential(double mean)
    {
        Mean = Require.Positive(mean, nameof(mean));
    }

    /// <inheritdoc/>
    public override double Mean { get; }

    /// <inheritdoc/>
    public override double Variance => Mean * Mean;

    /// <inheritdoc/>
    public override double Minimum => 0.0;

    /// <summary>Inversion: one draw, −mean · ln U with U in (0, 1].</summary>
    public override double Sample(RandomStream random) => -Mean * Math.Log(random.NextOpenDouble());

    /// <inheritdoc/>
    public override double Cdf(double x) => x <= 0 ? 0.0 : -SpecialFunctions.Expm1(-x / Mean);

    /// <inheritdoc/>
    public override string ToString() => $"exponential(mean: {ScenarioText.Number(Mean)})";
}
