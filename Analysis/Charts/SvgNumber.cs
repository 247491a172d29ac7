using System.Globalization;

namespace Shortfall.Analysis.Charts;

/// <summary>Formats coordinates for SVG: invariant culture, at most two decimals, no exponent,
/// and never "-0", so the same geometry always gives the same text.</summary>
public static class SvgNumber
{
    /// <summary>The number of decimals kept; a hundredth of a pixel is below what any renderer shows.</summary>
    public const int Decimals = 2;

    /// <summary>Formats <paramref name="value"/> rounded half away from zero to <see cref="Decimals"/> decimals.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite: a chart must never
    /// emit such a coordinate, so the caller has a bug.</exception>
    public static string Format(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "An SVG coordinate must be finite.");
        }
        var rounded = Math.Round(value, Decimals, MidpointRounding.AwayFromZero);
        // Adding 0.0 turns -0 into +0, which would otherwise print as "-0".
        return (rounded + 0.0).ToString("0.##", CultureInfo.InvariantCulture);
    }
}
