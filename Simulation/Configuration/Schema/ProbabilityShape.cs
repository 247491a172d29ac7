using System.Text.Json.Nodes;
using Shortfall.Configuration.Binding;
using Shortfall.Configuration.Units;

namespace Shortfall.Configuration.Schema;

/// <summary>A probability: a number from 0 to 1, or a percentage from 0 % to 100 %.</summary>
internal sealed class ProbabilityShape : ScalarShape<double>
{
    public static readonly ProbabilityShape Instance = new();

    public override string Summary => "probability (0–1 or %)";

    public override string Expected => "a probability like '0.9' or '90 %'";

    public override Parsed<double> Parse(string text, BindContext context)
    {
        var quantity = Quantity.Parse(text, context.Units, Expected);
        if (!quantity.Ok)
        {
            return quantity.AsFailure();
        }
        if (quantity.Value.Dimension != Dimension.Dimensionless || quantity.Value.Per is not null)
        {
            return new Failure($"expected {Expected}, got '{text}'");
        }
        var value = quantity.Value.Canonical;
        return value is >= 0 and <= 1 ? value : new Failure($"a probability must lie between 0 and 1, got '{text}'");
    }

    public override JsonObject ToJsonSchema(JsonSchemaWriter writer) => new()
    {
        ["anyOf"] = new JsonArray(
            new JsonObject { ["type"] = "number", ["minimum"] = 0, ["maximum"] = 1 },
            JsonSchemaWriter.Pattern(JsonSchemaWriter.NumberPattern + "\\s*%")),
    };
}
