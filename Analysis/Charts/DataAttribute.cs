using System.Globalization;

namespace Shortfall.Analysis.Charts;

/// <summary>A <c>data-*</c> attribute that records the value behind a mark, so tests and scripts can read
/// it without reverse-engineering coordinates.</summary>
/// <param name="Name">The part after "data-", lower case letters, digits and hyphens.</param>
/// <param name="Value">The attribute value (escaped when written).</param>
public readonly record struct DataAttribute(string Name, string Value)
{
    /// <summary>A numeric value in invariant culture with round-trip precision.</summary>
    public static DataAttribute Of(string name, double value) =>
        new(name, value.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>A text value.</summary>
    public static DataAttribute Of(string name, string value) => new(name, value);
}
