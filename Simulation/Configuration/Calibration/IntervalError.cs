using System.Globalization;

namespace Shortfall.Configuration.Calibration;

/// <summary>
/// The truth lies somewhere in [<see cref="Min"/>, <see cref="Max"/>], each value as plausible as any other: the likelihood is
/// flat inside and 0 outside. This is what "about twice a month" says, and a uniform error of ±h around a value is the same
/// thing. The distance is 0 inside and grows by 1 for each half-width outside, so that ABC's tolerance falls to 0 and the
/// posterior is exact for this likelihood (Wilkinson 2013, ABC under model and observation error).
/// </summary>
public sealed class IntervalError(double min, double max, string written) : ObservationError
{
    /// <summary>The least the truth can be.</summary>
    public double Min { get; } = min;

    /// <summary>The most the truth can be.</summary>
    public double Max { get; } = max;

    /// <inheritdoc/>
    public override double Distance(double simulated, double observed, double noise)
    {
        var outside = Math.Max(Math.Max(Min - simulated, simulated - Max), 0);
        return outside / ((Max - Min) / 2);
    }

    /// <inheritdoc/>
    public override string ToString() => written.Length > 0 ? written : string.Create(CultureInfo.InvariantCulture, $"interval(min = {Min}, max = {Max})");
}
