using System.Globalization;
using Shortfall.Randomness;

namespace Shortfall.Configuration.Calibration;

/// <summary>Uniform in the logarithm between <see cref="Min"/> and <see cref="Max"/>: each factor of ten equally likely,
/// for a number known only to its order of magnitude.</summary>
public sealed class LogUniformPrior : Prior
{
    /// <summary>The prior between <paramref name="min"/> and <paramref name="max"/>.</summary>
    /// <exception cref="ArgumentException">Unless 0 &lt; min &lt; max, both finite.</exception>
    public LogUniformPrior(double min, double max)
    {
        if (!(double.IsFinite(max) && min > 0 && min < max))
        {
            throw new ArgumentException($"loguniform needs 0 < min < max, got {min} and {max}");
        }
        Min = min;
        Max = max;
    }

    /// <summary>The lower limit.</summary>
    public double Min { get; }

    /// <summary>The upper limit.</summary>
    public double Max { get; }

    private double LogRange => Math.Log(Max / Min);

    /// <inheritdoc/>
    public override bool Logarithmic => true;

    /// <inheritdoc/>
    public override double Low => Min;

    /// <inheritdoc/>
    public override double High => Max;

    /// <inheritdoc/>
    public override double Mean => (Max - Min) / LogRange;

    /// <inheritdoc/>
    public override double Sample(RandomStream random) => Min * Math.Exp(LogRange * random.NextDouble());

    /// <inheritdoc/>
    public override double Density(double x) => x >= Min && x <= Max ? 1 / (x * LogRange) : 0;

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"loguniform(min = {Min}, max = {Max})");
}
