using System.Text.Json.Nodes;
using Shortfall.Configuration.Binding;
using Shortfall.Configuration.Units;

namespace Shortfall.Configuration.Schema;

/// <summary>
/// A number with a unit of a fixed dimension, read into the dimension's canonical unit: hours, kW, km,
/// km/h (a length per time), the scenario's currency. With <see cref="Unlimited"/>, the word
/// <c>unlimited</c> reads as +∞.
/// </summary>
internal sealed class QuantityShape(Dimension dimension, Bound bound) : ScalarShape<double>
{
    public Dimension Dimension { get; } = dimension;

    public Bound Bound { get; } = bound;

    /// <summary>True for a rate per unit of time (a speed), read per hour.</summary>
    public bool PerTime { get; init; }

    public bool Unlimited { get; init; }

    /// <summary>The value's name with its article when not the dimension's, e.g. "a speed".</summary>
    public string? Noun { get; init; }

    /// <summary>An example when not the dimension's, e.g. "30 km/h".</summary>
    public string? Example { get; init; }

    public override string Summary =>
        (Noun is null ? Dimension.Name : Noun[(Noun.IndexOf(' ') + 1)..]) + Bounds.Describe(Bound) + (Unlimited ? " or unlimited" : "");

    public override string Expected =>
        $"{Noun ?? Dimension.Noun} like '{Example ?? Dimension.Example}'" + (Unlimited ? " or 'unlimited'" : "");

    public override Parsed<double> Parse(string text, BindContext context)
    {
        if (Unlimited && text == "unlimited")
        {
            return double.PositiveInfinity;
        }
        // Money is written in the scenario's own currency, so its example names that currency.
        var expected = Dimension == Dimension.Money && context.Units.Currency is { } currency
            ? $"an amount of money in {currency} like '400000 {currency}'"
            : Expected;
        var quantity = Quantity.Parse(text, context.Units, expected, [Dimension]);
        var q = quantity.Ok ? quantity.Value : default;
        if (!quantity.Ok && Dimension != Dimension.Money)
        {
            return quantity.AsFailure();
        }
        if (!quantity.Ok || q.Dimension != Dimension || q.Per is not null != PerTime)
        {
            return new Failure($"expected {expected}, got '{text}'");
        }
        return Bounds.Check(q.Canonical, Bound, text) is { } error ? new Failure(error) : q.Canonical;
    }

    public override JsonObject ToJsonSchema(JsonSchemaWriter writer)
    {
        var symbols = Dimension == Dimension.Money ? "[A-Za-z]+" : Alternation(Dimension);
        if (PerTime)
        {
            symbols = $"{symbols}/{Alternation(Dimension.Time)}";
        }
        var pattern = $"{JsonSchemaWriter.NumberPattern}\\s*{symbols}";
        return JsonSchemaWriter.Pattern(Unlimited ? $"({pattern}|unlimited)" : pattern);
    }

    private static string Alternation(Dimension dimension) => JsonSchemaWriter.Alternation(UnitTable.StandardSymbolsOf(dimension));
}
