using System.Text.Json.Nodes;
using Shortfall.Configuration.Binding;

namespace Shortfall.Configuration.Schema;

/// <summary>A key of a variant's <c>set</c>: the path of the value it overrides.</summary>
internal sealed class VariantPathShape : ScalarShape<VariantPath>
{
    public static readonly VariantPathShape Instance = new();

    public override string Summary => "path like carriers.truck.count";

    public override string Expected => "a path like 'carriers.truck.count'";

    public override Parsed<VariantPath> Parse(string text, BindContext context) => VariantPath.Parse(text);

    public override JsonObject ToJsonSchema(JsonSchemaWriter writer) => JsonSchemaWriter.Pattern(VariantPath.Pattern);
}
