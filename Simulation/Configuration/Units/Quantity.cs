using System.Globalization;
using System.Text.RegularExpressions;

namespace Shortfall.Configuration.Units;

/// <summary>
/// A number with an optional unit, as written: <c>6 h</c>, <c>1.5 kW</c>, <c>30 km/h</c>, <c>3 L/h</c>,
/// <c>0.9</c>, <c>90 %</c>, <c>4_000_000 won</c>. <see cref="Per"/> is the time unit of a rate.
/// </summary>
internal readonly partial record struct Quantity(double Number, Unit? Unit, Unit? Per, string Text)
{
    [GeneratedRegex(@"^(?<number>[+-]?[0-9][0-9_]*(\.[0-9]+)?([eE][+-]?[0-9]+)?)\s*(?<unit>\S*)$")]
    private static partial Regex Syntax();

    [GeneratedRegex("[0-9],[0-9]{3}")]
    private static partial Regex GroupedWithCommas();

    /// <summary>Reads <paramref name="text"/>; fails on anything but a finite number followed by a known unit, or a unit per
    /// time unit. When the text is no quantity at all the message says it <paramref name="expected"/> (e.g. "a duration like '6 h'").
    /// An unknown unit gets a "did you mean" among the units of <paramref name="dimensions"/> (all units when null), so that a mass
    /// is never offered the currency.</summary>
    public static Parsed<Quantity> Parse(string text, UnitTable units, string expected, IReadOnlyCollection<Dimension>? dimensions = null)
    {
        var trimmed = text.Trim();
        var match = Syntax().Match(trimmed);
        if (!match.Success)
        {
            var hint = GroupedWithCommas().IsMatch(trimmed) ? "; group digits with '_' (4_000_000), not ','" : "";
            return new Failure($"expected {expected}, got '{text}'{hint}");
        }
        var number = double.Parse(match.Groups["number"].Value.Replace("_", ""), NumberStyles.Float, CultureInfo.InvariantCulture);
        if (!double.IsFinite(number))
        {
            return new Failure($"the number in '{text}' is too large");
        }
        var unitText = match.Groups["unit"].Value;
        if (unitText.Length == 0)
        {
            return new Quantity(number, null, null, trimmed);
        }
        var slash = unitText.IndexOf('/');
        var unit = Lookup(slash < 0 ? unitText : unitText[..slash], text, units, dimensions);
        if (!unit.Ok)
        {
            return unit.AsFailure();
        }
        if (slash < 0)
        {
            return new Quantity(number, unit.Value, null, trimmed);
        }
        var per = Lookup(unitText[(slash + 1)..], text, units, [Dimension.Time]);
        if (!per.Ok)
        {
            return per.AsFailure();
        }
        return per.Value.Dimension == Dimension.Time
            ? new Quantity(number, unit.Value, per.Value, trimmed)
            : new Failure($"a rate must be per unit of time, like '3 L/h', got '{text}'");
    }

    /// <summary>The number in <paramref name="target"/> units; the caller has checked the dimensions match.</summary>
    public double In(Unit target) => Number * (Unit?.Factor ?? 1) / target.Factor / (Per?.Factor ?? 1);

    /// <summary>The number in the canonical unit of its dimension (per hour for rates).</summary>
    public double Canonical => Number * (Unit?.Factor ?? 1) / (Per?.Factor ?? 1);

    /// <summary>The dimension of the numerator: <see cref="Dimension.Dimensionless"/> for a bare number or a percentage.</summary>
    public Dimension Dimension => Unit?.Dimension ?? Dimension.Dimensionless;

    private static Parsed<Unit> Lookup(string symbol, string text, UnitTable units, IReadOnlyCollection<Dimension>? dimensions)
    {
        if (units.Find(symbol) is { } unit)
        {
            return unit;
        }
        var suggestion = Suggestions.Nearest(symbol, units.Symbols.Where(s => dimensions is null || dimensions.Contains(units.Find(s)!.Dimension)));
        return new Failure(suggestion is null
            ? $"unknown unit '{symbol}' in '{text}'"
            : $"unknown unit '{symbol}' in '{text}'; did you mean '{suggestion}'?");
    }
}
