using System.Text.Json.Nodes;
using Shortfall.Configuration.Binding;
using Shortfall.Configuration.Units;

namespace Shortfall.Configuration.Schema;

/// <summary>The unit a material or product is counted in: a unit of mass, volume or count (<c>kg</c>, <c>L</c>, <c>pcs</c>).</summary>
internal sealed class UnitShape : ScalarShape<Unit>
{
    public static readonly UnitShape Instance = new();

    private static IEnumerable<string> Symbols => AmountShape.Dimensions.SelectMany(UnitTable.StandardSymbolsOf);

    public override string Summary => "unit of mass, volume or count";

    public override string Expected => "a unit of mass, volume or count like 'kg', 'L' or 'pcs'";

    public override Parsed<Unit> Parse(string text, BindContext context)
    {
        var unit = context.Units.Find(text);
        if (unit is null)
        {
            return new Failure($"unknown unit '{text}'" + Suggestions.DidYouMean(text, Symbols.ToList()));
        }
        return AmountShape.Dimensions.Contains(unit.Dimension) ? unit : new Failure($"expected {Expected}, got '{text}'");
    }

    public override JsonObject ToJsonSchema(JsonSchemaWriter writer) =>
        new() { ["enum"] = new JsonArray(Symbols.Select(s => (JsonNode?)s).ToArray()) };
}
