using System.Globalization;

namespace Shortfall.Configuration.Schema;

/// <summary>The range a number must lie in, beyond being finite.</summary>
internal enum Bound
{
    Any,
    NonNegative,
    Positive,
}

/// <summary>Checks of <see cref="Bound"/>s, with the messages an analyst sees.</summary>
internal static class Bounds
{
    /// <summary>Null when <paramref name="value"/> satisfies <paramref name="bound"/>, else why not
    /// (quoting <paramref name="text"/>, the value as written).</summary>
    public static string? Check(double value, Bound bound, string text) => bound switch
    {
        Bound.NonNegative when value < 0 => $"must not be negative, got '{text}'",
        Bound.Positive when !(value > 0) => $"must be greater than 0, got '{text}'",
        _ => null,
    };

    /// <summary>The bound in words for the field reference.</summary>
    public static string Describe(Bound bound) => bound switch
    {
        Bound.NonNegative => " ≥ 0",
        Bound.Positive => " > 0",
        _ => "",
    };

    /// <summary>A number for messages: up to four decimals, ∞ for infinity.</summary>
    public static string Format(double value) => double.IsInfinity(value)
        ? (value > 0 ? "∞" : "-∞")
        : value.ToString("0.####", CultureInfo.InvariantCulture);
}
