using System.Globalization;
using System.Text.Json.Nodes;
using Shortfall.Configuration.Binding;

namespace Shortfall.Configuration.Schema;

/// <summary>A whole number of at least <see cref="Minimum"/>, e.g. a count of trucks or of children.</summary>
internal sealed class IntegerShape(int minimum) : ScalarShape<int>
{
    public int Minimum { get; } = minimum;

    public override string Summary => $"whole number ≥ {Minimum}";

    public override string Expected => $"a whole number of at least {Minimum}";

    public override Parsed<int> Parse(string text, BindContext context)
    {
        if (!int.TryParse(text.Replace("_", ""), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return new Failure($"expected {Expected}, got '{text}'");
        }
        return value < Minimum ? new Failure($"must be at least {Minimum}, got '{text}'") : value;
    }

    public override JsonObject ToJsonSchema(JsonSchemaWriter writer) => new() { ["type"] = "integer", ["minimum"] = Minimum };
}
