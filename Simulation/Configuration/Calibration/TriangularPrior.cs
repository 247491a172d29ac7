using System.Globalization;
using Shortfall.Randomness;

namespace Shortfall.Configuration.Calibration;

/// <summary>A best guess (<see cref="Mode"/>) with hard limits either side.</summary>
public sealed class TriangularPrior : Prior
{
    private readonly Triangular _distribution;

    /// <summary>The prior from <paramref name="min"/> to <paramref name="max"/>, peaking at <paramref name="mode"/>.</summary>
    /// <exception cref="ArgumentException">Unless min &lt; max and min ≤ mode ≤ max, all finite.</exception>
    public TriangularPrior(double min, double mode, double max)
    {
        if (!(double.IsFinite(min) && double.IsFinite(max) && min < max && min <= mode && mode <= max))
        {
            throw new ArgumentException($"triangular needs min < max and min ≤ mode ≤ max, got {min}, {mode} and {max}");
        }
        Min = min;
        Mode = mode;
        Max = max;
        _distribution = new Triangular(min, mode, max);
    }

    /// <summary>The lower limit.</summary>
    public double Min { get; }

    /// <summary>The most likely value.</summary>
    public double Mode { get; }

    /// <summary>The upper limit.</summary>
    public double Max { get; }

    /// <inheritdoc/>
    public override double Low => Min;

    /// <inheritdoc/>
    public override double High => Max;

    /// <inheritdoc/>
    public override double Mean => (Min + Mode + Max) / 3;

    /// <inheritdoc/>
    public override double Sample(RandomStream random) => _distribution.Sample(random);

    /// <inheritdoc/>
    public override double Density(double x)
    {
        if (x < Min || x > Max)
        {
            return 0;
        }
        var height = 2 / (Max - Min);
        if (x < Mode)
        {
            return height * (x - Min) / (Mode - Min);
        }
        return x > Mode ? height * (Max - x) / (Max - Mode) : height;
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"triangular(min = {Min}, mode = {Mode}, max = {Max})");
}
