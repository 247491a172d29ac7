using System.Globalization;

namespace Shortfall.Analysis.Commands;

/// <summary>
/// The repeats of one throughput figure: their median, which one slow repeat on a shared machine does not move,
/// and their range, which says how far to trust it.
/// </summary>
internal sealed class BenchSpread
{
    private readonly List<double> _values = [];

    public void Add(double value) => _values.Add(value);

    /// <summary>The median (the mean of the middle two of an even count).</summary>
    public double Median
    {
        get
        {
            var sorted = _values.Order().ToArray();
            var middle = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }

    /// <summary>"median (min–max)" in <paramref name="format"/>.</summary>
    public string Describe(string format, string unit = "") => $"{Text(Median, format)}{unit} ({Text(_values.Min(), format)}–{Text(_values.Max(), format)})";

    private static string Text(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
