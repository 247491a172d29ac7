using Shortfall.Analysis.Output.Documents;
using Shortfall.Analysis.Statistics;

namespace Shortfall.Analysis.Reports;

/// <summary>
/// How the report and the console write numbers: invariant culture, thousands separated by commas, never "-0".
/// A value with an interval gets its decimals from the interval's half-width (<see cref="IntervalDigits"/>), and every
/// estimate of one table column the same decimals (<see cref="Intervals"/>), so the precision shown is the precision known.
/// </summary>
public static class ReportNumber
{
    private const int MaxDecimals = IntervalDigits.MaxDecimals;

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

    /// <summary>An amount of money in the scenario's currency, whole, e.g. "50,000,000 won".</summary>
    public static string Money(double amount, string currency) => $"{Whole(amount)} {currency}".TrimEnd();

    /// <summary>A whole number of hours, days or units, e.g. "2,225".</summary>
    public static string Whole(double value) => Fixed(value, 0);

    /// <summary>"0.89 [0.76, 1.01]", or the value alone when the interval is unknown; "–" when the value is unknown.</summary>
    public static string Interval(IIntervalDocument estimate, bool signed = false)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        return Interval(estimate, Decimals(estimate), signed);
    }

    /// <summary>A formatter for one column of estimates (a table column, or the intervals of one sentence that are compared): each with at
    /// least the decimals of the column's typical estimate, more when its own interval supports more (<see cref="IntervalDigits"/>).</summary>
    public static Func<IIntervalDocument, string> Intervals(IEnumerable<IIntervalDocument?> column, bool signed = false)
    {
        ArgumentNullException.ThrowIfNull(column);
        var decimals = ColumnDecimals(column.OfType<IIntervalDocument>());
        return estimate => Interval(estimate, Math.Max(decimals, Decimals(estimate)), signed);
    }

    /// <summary>A formatter for one column of shares estimated as means (0 to 1), in percent, as <see cref="Intervals"/>.</summary>
    public static Func<IIntervalDocument, string> Percents(IEnumerable<IIntervalDocument?> column, bool signed = false)
    {
        ArgumentNullException.ThrowIfNull(column);
        var decimals = ColumnDecimals(column.OfType<IIntervalDocument>().Select(InPercent));
        return estimate => Interval(InPercent(estimate), Math.Max(decimals, Decimals(InPercent(estimate))), signed, "%");
    }

    /// <summary>The value and its bracketed interval apart, "0.89" and "[0.76, 1.01]" (null when the interval is unknown), for sentences.</summary>
    public static (string Value, string? Interval) Parts(IIntervalDocument estimate, bool signed = false)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        return Split(Interval(estimate, signed));
    }

    /// <summary>A share as a percentage, "8.3%".</summary>
    public static string Percent(double fraction) => Fixed(fraction * 100, 1) + "%";

    /// <summary>"8.3% [7.4%, 9.4%]": a proportion with its interval in percent.</summary>
    public static string Percent(ProportionDocument proportion) => Percent(Share(proportion));

    /// <summary>The percentage and its bracketed interval apart, "8.3%" and "[7.4%, 9.4%]".</summary>
    public static (string Value, string Interval) PercentParts(ProportionDocument proportion)
    {
        var (value, interval) = PercentParts(Share(proportion));
        return (value, interval!);
    }

    /// <summary>A proportion as an estimate with its interval, for a column of them (<see cref="Percents"/>).</summary>
    public static Estimate Share(ProportionDocument proportion)
    {
        ArgumentNullException.ThrowIfNull(proportion);
        return new Estimate(proportion.Estimate, proportion.CiLow, proportion.CiHigh);
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
        var percent = InPercent(estimate);
        return Split(Interval(percent, Decimals(percent), signed, "%"));
    }

    /// <summary>The value with a fixed number of decimals and thousands separators; "+" before positive values when <paramref name="signed"/>.</summary>
    public static string Fixed(double value, int decimals, bool signed = false) => IntervalDigits.Fixed(value, decimals, signed);

    private static string Interval(IIntervalDocument estimate, int decimals, bool signed, string unit = "")
    {
        if (estimate.Mean is not { } mean)
        {
            return "–";
        }

        string Number(double x) => Fixed(x, decimals, signed) + unit;
        return estimate.CiLow is { } low && estimate.CiHigh is { } high ? $"{Number(mean)} [{Number(low)}, {Number(high)}]" : Number(mean);
    }

    private static int ColumnDecimals(IEnumerable<IIntervalDocument> column) =>
        IntervalDigits.Decimals(column.Where(e => e.Mean is not null).Select(e => (e.Mean!.Value, (e.CiHigh - e.CiLow) / 2)));

    private static int Decimals(IIntervalDocument estimate) =>
        estimate.Mean is { } mean ? IntervalDigits.Decimals(mean, (estimate.CiHigh - estimate.CiLow) / 2) : 0;

    private static Estimate InPercent(IIntervalDocument estimate) => new(estimate.Mean * 100, estimate.CiLow * 100, estimate.CiHigh * 100);

    private static (string Value, string? Interval) Split(string text)
    {
        var bracket = text.IndexOf(" [", StringComparison.Ordinal);
        return bracket < 0 ? (text, null) : (text[..bracket], text[(bracket + 1)..]);
    }

    private static int Decimals(double value, int significant) => IntervalDigits.Significant(value, significant);
}
