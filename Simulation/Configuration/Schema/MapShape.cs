using System.Text.Json.Nodes;

namespace Shortfall.Configuration.Schema;

/// <summary>A mapping from names the analyst chooses (<see cref="Keys"/>) to values of one shape, e.g. materials.</summary>
internal sealed class MapShape(ScalarShape keys, Shape values) : Shape
{
    public ScalarShape Keys { get; } = keys;

    public Shape Values { get; } = values;

    /// <summary>True when the map must hold exactly one entry (a recipe's output).</summary>
    public bool Single { get; init; }

    public override string Summary => Single ? $"one {Keys.Summary} → {Values.Summary}" : $"{Keys.Summary} → {Values.Summary}";

    public override JsonObject ToJsonSchema(JsonSchemaWriter writer)
    {
        var schema = new JsonObject
        {
            ["type"] = "object",
            ["propertyNames"] = Keys.ToJsonSchema(writer),
            ["additionalProperties"] = Values.ToJsonSchema(writer),
        };
        if (Single)
        {
            schema["minProperties"] = 1;
            schema["maxProperties"] = 1;
        }
        return schema;
    }
}
