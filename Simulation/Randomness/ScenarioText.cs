using System.Globalization;

namespace Shortfall.Randomness;

/// <summary>Writes numbers the way scenario files read them: invariant culture, shortest text that round-trips.</summary>
internal static class ScenarioText
{
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string List(IReadOnlyList<double> values) => "[" + string.Join(", ", values.Select(Number)) + "]";
}
