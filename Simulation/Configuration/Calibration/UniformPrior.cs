using System.Globalization;
using Shortfall.Randomness;

namespace Shortfall.Configuration.Calibration;

/// <summary>Every value between <see cref="Min"/> and <see cref="Max"/> equally likely.</summary>
public sealed class UniformPrior : Prior
{
    /// <summary>The prior between <paramref name="min"/> and <paramref name="max"/>.</summary>
    /// <exception cref="ArgumentException">Unless min &lt; max, both finite.</exception>
    public UniformPrior(double min, double max)
    {
        if (!(double.IsFinite(min) && double.IsFinite(max) && min < max))
        {
            throw new ArgumentException($"uniform needs finite min < max, got {min} and {max}");
        }
        Min = min;
        Max = max;
    }

    /// <summary>The lower limit.</summary>
    public double Min { get; }

    /// <summary>The upper limit.</summary>
    public double Max { get; }

    /// <inheritdoc/>
    public override double Low => Min;

    /// <inheritdoc/>
    public override double High => Max;

    /// <inheritdoc/>
    public override double Mean => (Min + Max) / 2;

    /// <inheritdoc/>
    public override double Sample(RandomStream random) => Min + (Max - Min) * random.NextDouble();

    /// <inheritdoc/>
    public override double Density(double x) => x >= Min && x <= Max ? 1 / (Max - Min) : 0;

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"uniform(min = {Min}, max = {Max})");
}
