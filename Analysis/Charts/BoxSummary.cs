namespace Shortfall.Analysis.Charts;

/// <summary>The five numbers a box plot draws for one sample, plus the observations beyond the whiskers.
/// Quartiles and percentiles are <see cref="Quantiles"/> (type 7).</summary>
/// <param name="WhiskerLow">Lower whisker end.</param>
/// <param name="Q1">First quartile, the box's lower edge.</param>
/// <param name="Median">Median.</param>
/// <param name="Q3">Third quartile, the box's upper edge.</param>
/// <param name="WhiskerHigh">Upper whisker end.</param>
/// <param name="Outliers">Observations beyond the whiskers, in increasing order (always empty for
/// <see cref="WhiskerRule.Percentile5To95"/>).</param>
public sealed record BoxSummary(double WhiskerLow, double Q1, double Median, double Q3, double WhiskerHigh, IReadOnlyList<double> Outliers)
{
    /// <summary>Summarises <paramref name="values"/> under <paramref name="rule"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="values"/> is empty.</exception>
    public static BoxSummary Of(Sample values, WhiskerRule rule)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            throw new ArgumentException("A box plot needs at least one value.", nameof(values));
        }
        var (q1, median, q3) = (Quantiles.Of(values, 0.25), Quantiles.Of(values, 0.5), Quantiles.Of(values, 0.75));
        switch (rule)
        {
            case WhiskerRule.Percentile5To95:
                return new BoxSummary(Quantiles.Of(values, 0.05), q1, median, q3, Quantiles.Of(values, 0.95), []);
            case WhiskerRule.Tukey:
                var fence = 1.5 * (q3 - q1);
                var inside = values.Values.Where(v => v >= q1 - fence && v <= q3 + fence).ToArray();
                var outliers = values.Where(v => v < inside[0] || v > inside[^1]).ToArray();
                return new BoxSummary(inside[0], q1, median, q3, inside[^1], outliers);
            default:
                throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown whisker rule.");
        }
    }

    /// <summary>How the marks are defined, for the chart's note.</summary>
    public static string Explain(WhiskerRule rule) => rule switch
    {
        WhiskerRule.Percentile5To95 => "Box: quartiles; line: median; whiskers: 5th to 95th percentile.",
        WhiskerRule.Tukey => "Box: quartiles; line: median; whiskers: furthest data within 1.5 × IQR; dots: beyond.",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown whisker rule."),
    };
}
