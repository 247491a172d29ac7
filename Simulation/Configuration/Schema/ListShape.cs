using System.Text.Json.Nodes;

namespace Shortfall.Configuration.Schema;

/// <summary>A list of values of one shape. A list of scalars may be written as a single scalar
/// (<c>closed: holidays</c> for <c>closed: [holidays]</c>).</summary>
internal sealed class ListShape(Shape items) : Shape
{
    public Shape Items { get; } = items;

    public bool SingleAllowed => Items is ScalarShape;

    public override string Summary => $"list of {Items.Summary}";

    public override JsonObject ToJsonSchema(JsonSchemaWriter writer)
    {
        var list = new JsonObject { ["type"] = "array", ["items"] = Items.ToJsonSchema(writer) };
        return SingleAllowed ? new JsonObject { ["anyOf"] = new JsonArray(Items.ToJsonSchema(writer), list) } : list;
    }
}
