using System.Text.Json.Nodes;
using Shortfall.Configuration.Binding;

namespace Shortfall.Configuration.Schema;

/// <summary>Free text, e.g. a description.</summary>
internal sealed class TextShape : ScalarShape<string>
{
    public static readonly TextShape Instance = new();

    public override string Summary => "text";

    public override string Expected => "text";

    public override Parsed<string> Parse(string text, BindContext context) => text;

    public override JsonObject ToJsonSchema(JsonSchemaWriter writer) => new() { ["type"] = "string" };
}
