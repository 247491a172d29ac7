namespace Shortfall.Randomness;

/// <summary>A fixed value, for quantities the analyst treats as certain. Sampling draws nothing from the stream.</summary>
public sealed class Constant : Distribution
{
    /// <summary>Creates the distribution that always yields <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="value"/> is not finite.</exception>
    public Constant(double value)
    {
        Value = Require.Finite(value, nameof(value));
    }

    /// <summary>The value every sample takes.</summary>
    public double Value { get; }

    /// <inheritdoc/>
    public override double Mean => Value;

    /// <inheritdoc/>
    public override double Variance => 0.0;

    /// <inheritdoc/>
    public override double Minimum => Value;

    /// <summary>Returns <see cref="Value"/>, leaving <paramref name="random"/> untouched.</summary>
    public override double Sample(RandomStream random) => Value;

    /// <inheritdoc/>
    public override double Cdf(double x) => x < Value ? 0.0 : 1.0;

    /// <inheritdoc/>
    public override string ToString() => $"constant({ScenarioText.Number(Value)})";
}
