using System.Globalization;

namespace Shortfall.Analysis.Charts;

/// <summary>Formats data values for labels and descriptions: invariant culture, thousands separated by
/// commas, at most two decimals.</summary>
public static class DisplayNumber
{
    /// <summary>The formatted value, "0" rather than "-0".</summary>
    public static string Format(double value) =>
        (Math.Round(value, 2, MidpointRounding.AwayFromZero) + 0.0).ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>A confidence level such as 0.95 as "95%".</summary>
    public static string Percent(double fraction) => Format(fraction * 100) + "%";
}
