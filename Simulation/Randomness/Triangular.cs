namespace Shortfall.Randomness;

/// <summary>The triangular distribution: an analyst's minimum, most likely and maximum value.</summary>
public sealed class Triangular : Distribution
{
    /// <summary>Creates a triangular distribution on [<paramref name="minimum"/>, <paramref name="maximum"/>] peaking at <paramref name="mode"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When a parameter is not finite, when <paramref name="maximum"/> is not &gt; <paramref name="minimum"/>,
    /// or when <paramref name="mode"/> lies outside [<paramref name="minimum"/>, <paramref name="maximum"/>].</exception>
    public Triangular(double minimum, double mode, double maximum)
    {
        Minimum = Require.Finite(minimum, nameof(minimum));
        Mode = Require.Finite(mode, nameof(mode));
        Maximum = Require.Finite(maximum, nameof(maximum));
        if (!(maximum > minimum))
        {
            throw new ArgumentOutOfRangeException(nameof(maximum), maximum, "maximum must be > minimum");
        }
        if (mode < minimum || mode > maximum)
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "mode must be between minimum and maximum");
        }
    }

    /// <summary>The smallest value a.</summary>
    public override double Minimum { get; }

    /// <summary>The most likely value c.</summary>
    public double Mode { get; }

    /// <summary>The largest value b.</summary>
    public double Maximum { get; }

    /// <inheritdoc/>
    public override double Mean => (Minimum + Mode + Maximum) / 3.0;

    /// <inheritdoc/>
    public override double Variance =>
        (Minimum * Minimum + Mode * Mode + Maximum * Maximum - Minimum * Mode - Minimum * Maximum - Mode * Maximum) / 18.0;

    /// <summary>Inversion: one draw.</summary>
    public override double Sample(RandomStream random)
    {
        var u = random.NextDouble();
        var width = Maximum - Minimum;
        var left = Mode - Minimum;
        return u * width < left
            ? Minimum + Math.Sqrt(u * width * left)
            : Maximum - Math.Sqrt((1.0 - u) * width * (Maximum - Mode));
    }

    /// <inheritdoc/>
    public override double Cdf(double x)
    {
        if (x <= Minimum)
        {
            return 0.0;
        }
        if (x >= Maximum)
        {
            return 1.0;
        }
        var width = Maximum - Minimum;
        return x <= Mode
            ? (x - Minimum) * (x - Minimum) / (width * (Mode - Minimum))
            : 1.0 - (Maximum - x) * (Maximum - x) / (width * (Maximum - Mode));
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"triangular(min: {ScenarioText.Number(Minimum)}, mode: {ScenarioText.Number(Mode)}, max: {ScenarioText.Number(Maximum)})";
}
