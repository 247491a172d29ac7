namespace Shortfall.Randomness;

/// <summary>
/// A probability distribution of a real quantity. Every distribution validates its parameters
/// in its constructor (throwing <see cref="ArgumentOutOfRangeException"/>) and knows its exact
/// mean, variance and cumulative distribution function, so tests can check samples against them.
/// </summary>
public abstract class Distribution
{
    /// <summary>Draws one value, using only <paramref name="random"/>.</summary>
    public abstract double Sample(RandomStream random);

    /// <summary>The exact mean.</summary>
    public abstract double Mean { get; }

    /// <summary>The exact variance.</summary>
    public abstract double Variance { get; }

    /// <summary>P(X ≤ <paramref name="x"/>).</summary>
    public abstract double Cdf(double x);

    /// <summary>The smallest value a sample can take (−∞ when unbounded).</summary>
    public abstract double Minimum { get; }

    /// <summary>The distribution as written in a scenario file, e.g. <c>exponential(mean: 6)</c>.</summary>
    public abstract override string ToString();
}
