using System.Globalization;
using Shortfall.Analysis.Output.Documents;

namespace Shortfall.Analysis.Reports;

/// <summary>
/// How the report writes numbers: invariant culture, thousands separated by commas, never "-0".
/// A value with an interval gets the decimals that two significant digits of the interval's
/// half-width need, so the precision shown is the precision known.
/// </summary>
public static class ReportNumber
{
    private const int MaxDecimals = 6;

    /// <summary>A value to three significant digits (whole numbers from 100 up), without trailing zeros: "0.96", "24", "2,225".</summary>
    public static string Value(double value)
    {
        var text = Fixed(value, Decimals(value, 3));
        return text.Contains('.', StringComparison.Ordinal) ? text.TrimEnd('0').TrimEnd('.') : text;
    }

    /// <summary>A formatter for one column of a table: every value with the decimals that three significant digits of the column's largest magnitude need, at
    /// most <paramref name="maxDecimals"/>, so the column lines up.</summary>
    public static Func<double, string> Column(IEnumerable<double> values, int maxDecimals = MaxDecimals)
    {
        ArgumentNullException.ThrowIfNull(values);
        var decimals = Math.Min(Decimals(values.Select(Math.Abs).DefaultIfEmpty(0).Max(), 3), maxDecimals);
        return value => Fixed(value, decimals);
    }

    /// <summary>A whole number of hours, days or units, e.g. "2,225".</summary>
    public static string Whole(double value) => Fixed(value, 0);

    /// <summary>"0.89 [0.76, 1.01]", or the value alone when the interval is unknown; "–" when the value is unknown.</summary>
    public static string Interval(IIntervalDocument estimate, bool signed = false)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        if (estimate.Mean is not { } mean)
        {
            return "–";
        }

        if (estimate.CiLow is not { } low || estimate.CiHigh is not { } high)
        {
            return Fixed(mean, Decimals(mean, 3), signed);
        }

        var decimals = DecimalsFor(mean, low, high);
        return $"{Fixed(mean, decimals, signed)} [{Fixed(low, decimals, signed)}, {Fixed(high, decimals, signed)}]";
    }

    /// <summary>The value and its bracketed interval apart, "0.89" and "[0.76, 1.01]" (null when the interval is unknown), for sentences.</summary>
    public static (string Value, string? Interval) Parts(IIntervalDocument estimate, bool signed = false)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        var text = Interval(estimate, signed);
        var bracket = text.IndexOf(" [", StringComparison.Ordinal);
        return bracket < 0 ? (text, null) : (text[..bracket], text[(bracket + 1)..]);
    }

    /// <summary>A share as a percentage, "8.3%".</summary>
    public static string Percent(double fraction) => Fixed(fraction * 100, 1) + "%";

    /// <summary>"8.3% [7.4%, 9.4%]": a proportion with its interval in percent.</summary>
    public static string Percent(ProportionDocument proportion)
    {
        var (value, interval) = PercentParts(proportion);
        return $"{value} {interval}";
    }

    /// <summary>The percentage and its bracketed interval apart, "8.3%" and "[7.4%, 9.4%]".</summary>
    public static (string Value, string Interval) PercentParts(ProportionDocument proportion)
    {
        ArgumentNullException.ThrowIfNull(proportion);
        var (p, low, high) = (proportion.Estimate * 100, proportion.CiLow * 100, proportion.CiHigh * 100);
        var decimals = Math.Min(DecimalsFor(p, low, high), 2);
        return ($"{Fixed(p, decimals)}%", $"[{Fixed(low, decimals)}%, {Fixed(high, decimals)}%]");
    }

    /// <summary>"12.5% [10%, 15%]": a share estimated as a mean over replications, with its interval, in percent; "–" when unknown.</summary>
    public static string Percent(IIntervalDocument estimate, bool signed = false)
    {
        var (value, interval) = PercentParts(estimate, signed);
        return interval is null ? value : $"{value} {interval}";
    }

    /// <summary>The percentage of a share estimated as a mean and its bracketed interval apart (null when the interval is unknown).</summary>
    public static (string Value, string? Interval) PercentParts(IIntervalDocument estimate, bool signed = false)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        if (estimate.Mean is not { } mean)
        {
            return ("–", null);
        }

        if (estimate.CiLow is not { } low || estimate.CiHigh is not { } high)
        {
            return ($"{Fixed(mean * 100, 1, signed)}%", null);
        }

        var decimals = Math.Min(DecimalsFor(mean * 100, low * 100, high * 100), 2);
        return ($"{Fixed(mean * 100, decimals, signed)}%", $"[{Fixed(low * 100, decimals, signed)}%, {Fixed(high * 100, decimals, signed)}%]");
    }

    /// <summary>The value with a fixed number of decimals and thousands separators; "+" before positive values when <paramref name="signed"/>.</summary>
    public static string Fixed(double value, int decimals, bool signed = false)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero) + 0.0;
        var text = rounded.ToString("#,0." + new string('0', decimals), CultureInfo.InvariantCulture).TrimEnd('.');
        return signed && rounded > 0 ? "+" + text : text;
    }

    // Two significant digits of the half-width; the value's own three digits when the interval is a point.
    private static int DecimalsFor(double mean, double low, double high)
    {
        var halfWidth = (high - low) / 2;
        return halfWidth > 0 ? Decimals(halfWidth, 2) : Decimals(mean, 3);
    }

    private static int Decimals(double value, int significant)
    {
        if (value == 0 || !double.IsFinite(value))
        {
            return 0;
        }

        var magnitude = (int)Math.Floor(Math.Log10(Math.Abs(value)));
        return Math.Clamp(significant - 1 - magnitude, 0, MaxDecimals);
    }
}
