using System.Text.Json.Nodes;
using Shortfall.Configuration.Binding;
using Shortfall.Configuration.Units;

namespace Shortfall.Configuration.Schema;

/// <summary>
/// A quantity of a material or product, e.g. <c>2 t</c>. It is read as written; the binder converts it
/// to the unit the material or product declares (<see cref="Convert"/>), which is where a unit of the
/// wrong dimension is reported. With <see cref="PerTime"/> it is a rate such as <c>3 L/h</c>; with
/// <see cref="Unlimited"/> the word <c>unlimited</c> is accepted.
/// </summary>
internal sealed class AmountShape(Bound bound) : ScalarShape<Quantity>
{
    /// <summary>The dimensions a material or product can be measured in.</summary>
    public static readonly IReadOnlyList<Dimension> Dimensions = [Dimension.Mass, Dimension.Volume, Dimension.Count];

    public Bound Bound { get; } = bound;

    public bool PerTime { get; init; }

    public bool Unlimited { get; init; }

    public override string Summary =>
        (PerTime ? "quantity per time" : "quantity") + Bounds.Describe(Bound) + (Unlimited ? " or unlimited" : "") + " in the item's unit";

    public override string Expected => PerTime ? "a quantity per hour like '3 L/h'" : "a quantity like '50 kg'";

    public override Parsed<Quantity> Parse(string text, BindContext context)
    {
        if (Unlimited && text == "unlimited")
        {
            return new Quantity(double.PositiveInfinity, null, null, text);
        }
        var quantity = Quantity.Parse(text, context.Units, Expected, Dimensions);
        if (!quantity.Ok)
        {
            return quantity;
        }
        return Bounds.Check(quantity.Value.Number, Bound, text) is { } error ? new Failure(error) : quantity;
    }

    /// <summary><paramref name="quantity"/> in <paramref name="target"/> (per hour when <see cref="PerTime"/>), or why it
    /// cannot be: "expected a mass like '50 kg' for material soybeans (unit kg), got '3 h'".</summary>
    public Parsed<double> Convert(Quantity quantity, Unit target, string owner)
    {
        if (double.IsPositiveInfinity(quantity.Number) && quantity.Unit is null)
        {
            return double.PositiveInfinity;
        }
        if (quantity.Unit?.Dimension != target.Dimension || quantity.Per is not null != PerTime)
        {
            var expected = PerTime
                ? $"{target.Dimension.Noun} per hour like '{target.Dimension.Example}/h'"
                : $"{target.Dimension.Noun} like '{target.Dimension.Example}'";
            return new Failure($"expected {expected} for {owner} (unit {target.Symbol}), got '{quantity.Text}'");
        }
        return quantity.In(target);
    }

    public override JsonObject ToJsonSchema(JsonSchemaWriter writer)
    {
        var symbols = JsonSchemaWriter.Alternation(Dimensions.SelectMany(UnitTable.StandardSymbolsOf));
        if (PerTime)
        {
            symbols += "/" + JsonSchemaWriter.Alternation(UnitTable.StandardSymbolsOf(Dimension.Time));
        }
        var pattern = $"{JsonSchemaWriter.NumberPattern}\\s*{symbols}";
        return JsonSchemaWriter.Pattern(Unlimited ? $"({pattern}|unlimited)" : pattern);
    }
}
