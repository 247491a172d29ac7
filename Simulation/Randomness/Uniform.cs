namespace Shortfall.Randomness;

/// <summary>The continuous uniform distribution on [minimum, maximum).</summary>
public sealed class Uniform : Distribution
{
    /// <summary>Creates a uniform distribution on [<paramref name="minimum"/>, <paramref name="maximum"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">When a parameter is not finite or <paramref name="maximum"/> is not &gt; <paramref
    /// name="minimum"/>.</exception>
    public Uniform(double minimum, double maximum)
    {
        Minimum = Require.Finite(minimum, nameof(minimum));
        Maximum = Require.Finite(maximum, nameof(maximum));
        if (!(maximum > minimum))
        {
            throw new ArgumentOutOfRangeException(nameof(maximum), maximum, "maximum must be > minimum");
        }
    }

    /// <summary>The lower bound.</summary>
    public override double Minimum { get; }

    /// <summary>The upper bound.</summary>
    public double Maximum { get; }

    /// <inheritdoc/>
    public override double Mean => 0.5 * (Minimum + Maximum);

    /// <inheritdoc/>
    public override double Variance => (Maximum - Minimum) * (Maximum - Minimum) / 12.0;

    /// <summary>One draw, scaled.</summary>
    public override double Sample(RandomStream random) => Minimum + (Maximum - Minimum) * random.NextDouble();

    /// <inheritdoc/>
    public override double Cdf(double x) => Math.Clamp((x - Minimum) / (Maximum - Minimum), 0.0, 1.0);

    /// <inheritdoc/>
    public override string ToString() => $"uniform(min: {ScenarioText.Number(Minimum)}, max: {ScenarioText.Number(Maximum)})";
}
