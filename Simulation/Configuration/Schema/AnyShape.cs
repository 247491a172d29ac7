using System.Text.Json.Nodes;

namespace Shortfall.Configuration.Schema;

/// <summary>Any value: a variant's override, checked once it is patched into the scenario.</summary>
internal sealed class AnyShape : Shape
{
    public static readonly AnyShape Instance = new();

    public override string Summary => "any value";

    public override JsonObject ToJsonSchema(JsonSchemaWriter writer) => [];
}
