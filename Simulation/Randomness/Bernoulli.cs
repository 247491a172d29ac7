namespace Shortfall.Randomness;

/// <summary>A yes/no outcome: 1 with probability p, else 0 (e.g. whether an allocation arrives at all).</summary>
public sealed class Bernoulli : Distribution
{
    /// <summary>Creates a Bernoulli distribution that yields 1 with probability <paramref name="probability"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="probability"/> is not between 0 and 1.</exception>
    public Bernoulli(double probability)
    {
        Probability = Require.Probability(probability, nameof(probability));
    }

    /// <summary>The probability p of a 1.</summary>
    public double Probability { get; }

    /// <inheritdoc/>
    public override double Mean => Probability;

    /// <inheritdoc/>
    public override double Variance => Probability * (1.0 - Probability);

    /// <summary>0, or 1 when p = 1.</summary>
    public override double Minimum => Probability == 1.0 ? 1.0 : 0.0;

    /// <summary>One draw: 1 when U &lt; p.</summary>
    public override double Sample(RandomStream random) => random.NextDouble() < Probability ? 1.0 : 0.0;

    /// <inheritdoc/>
    public override double Cdf(double x) => x < 0 ? 0.0 : x < 1 ? 1.0 - Probability : 1.0;

    /// <inheritdoc/>
    public override string ToString() => $"bernoulli(p: {ScenarioText.Number(Probability)})";
}
