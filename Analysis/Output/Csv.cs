using System.Globalization;
using System.Text;

namespace Shortfall.Analysis.Output;

/// <summary>
/// Writes CSV fields (RFC 4180): culture-invariant, doubles in their shortest round-trip form, so
/// a value read back is the same double; text quoted only when it holds a comma, quote or line break.
/// </summary>
public static class Csv
{
    /// <summary>Appends one line of <paramref name="fields"/> (already formatted) and a '\n'.</summary>
    public static void AppendLine(StringBuilder line, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                line.Append(',');
            }

            line.Append(field);
            first = false;
        }
        line.Append('\n');
    }

    /// <summary>A text field, quoted when it must be.</summary>
    public static string Text(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;

    /// <summary>A number in its shortest round-trip form.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>An integer.</summary>
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
