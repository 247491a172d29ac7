using System.Globalization;

namespace Shortfall.Analysis.Charts;

/// <summary>The data interval an axis shows and its tick values, as chosen by <see cref="NiceTicks"/>.</summary>
/// <param name="Min">The data value at the start of the axis.</param>
/// <param name="Max">The data value at the end of the axis; always greater than <paramref name="Min"/>.</param>
/// <param name="Ticks">Tick values in increasing order, all within [Min, Max].</param>
/// <param name="Step">The distance between neighbouring ticks: 1, 2 or 5 times a power of ten.</param>
public sealed record AxisDomain(double Min, double Max, IReadOnlyList<double> Ticks, double Step)
{
    /// <summary>The number of decimals that distinguishes ticks <see cref="Step"/> apart (0 for steps of 1 or more).</summary>
    public int Decimals => Math.Max(0, -(int)Math.Floor(Math.Log10(Step) + 1e-9));

    /// <summary>Formats a value as a tick label: invariant culture, thousands separated by commas,
    /// <see cref="Decimals"/> decimals, and "0" rather than "-0".</summary>
    public string Label(double value)
    {
        var rounded = Math.Round(value, Decimals, MidpointRounding.AwayFromZero) + 0.0;
        return rounded.ToString("N" + Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }
}
