namespace Shortfall.Analysis.Statistics;

/// <summary>
/// The one rule for how many decimals a mean and its confidence interval are shown with, wherever they are printed (console,
/// report, chart captions; CSV and JSON keep full precision): the last digit shown is the place of the leading digit of the
/// interval's half-width, or the place after it when that digit is 1 (rounding a half-width of 0.14 to 0.1 would misstate it by
/// a third). So ±0.11 gives "1.73 [1.62, 1.84]", ±0.021 "2.13 [2.11, 2.15]", ±0.4 "6.2 [5.8, 6.6]", ±12 "140 [128, 152]": no
/// digit is shown that the replications do not know. An estimate without a width (one replication, or an exact value) shows
/// three significant digits of itself. In a column of estimates every row shows at least the decimals of the column's typical
/// (median) row, so that rows of like precision line up ("1.73 [1.62, 1.84]" above "2.13 [2.11, 2.15]"), and a row whose interval
/// is narrower keeps the digits it knows; one far wider than the rest does not drag every other row's digits down with it.
/// </summary>
public static class IntervalDigits
{
    /// <summary>No estimate is shown with more decimals than this.</summary>
    public const int MaxDecimals = 6;

    /// <summary>The decimals of <paramref name="value"/> with an interval of <paramref name="halfWidth"/> (null or 0 when it has none).</summary>
    public static int Decimals(double value, double? halfWidth)
    {
        if (halfWidth is not { } width || !(width > 0) || !double.IsFinite(width))
        {
            return Significant(value, 3);
        }

        var place = (int)Math.Floor(Math.Log10(width));
        // The leading digit, guarded against log10's rounding at exact powers of ten.
        var leading = (int)Math.Floor(width / Math.Pow(10, place) + 1e-9);
        if (leading >= 10)
        {
            (place, leading) = (place + 1, 1);
        }

        return Math.Clamp(leading == 1 ? 1 - place : -place, 0, MaxDecimals);
    }

    /// <summary>The decimals of a column of (value, half-width) rows: those of its median row (the upper one of an even count); 0 for an empty
    /// column. A row shows the larger of these and its own (<see cref="Decimals(double, double?)"/>).</summary>
    public static int Decimals(IEnumerable<(double Value, double? HalfWidth)> column)
    {
        ArgumentNullException.ThrowIfNull(column);
        var decimals = column.Select(row => Decimals(row.Value, row.HalfWidth)).Order().ToArray();
        return decimals.Length == 0 ? 0 : decimals[decimals.Length / 2];
    }

    /// <summary><paramref name="value"/> with <paramref name="decimals"/> decimals, invariant culture, thousands separated by commas, never "-0";
    /// "+" before a positive value when <paramref name="signed"/>.</summary>
    public static string Fixed(double value, int decimals, bool signed = false)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero) + 0.0;
        var text = rounded.ToString("#,0." + new string('0', decimals), System.Globalization.CultureInfo.InvariantCulture).TrimEnd('.');
        return signed && rounded > 0 ? "+" + text : text;
    }

    /// <summary>The decimals that <paramref name="digits"/> significant digits of <paramref name="value"/> need (none for whole
    /// numbers from 10^digits up, nor for 0).</summary>
    public static int Significant(double value, int digits)
    {
        if (value == 0 || !double.IsFinite(value))
        {
            return 0;
        }

        var magnitude = (int)Math.Floor(Math.Log10(Math.Abs(value)));
        return Math.Clamp(digits - 1 - magnitude, 0, MaxDecimals);
    }
}
