using System.Globalization;
using System.Text.Json.Nodes;
using Shortfall.Configuration.Binding;

namespace Shortfall.Configuration.Schema;

/// <summary>A plain number of at least 0 and without a unit, such as an observed count per month.</summary>
internal sealed class NumberShape : ScalarShape<double>
{
    public static readonly NumberShape NonNegative = new();

    public override string Summary => "number ≥ 0";

    public override string Expected => "a plain number like '2'";

    public override Parsed<double> Parse(string text, BindContext context)
    {
        if (!double.TryParse(text.Replace("_", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            return new Failure($"expected {Expected}, got '{text}'");
        }
        return value >= 0 ? value : new Failure($"must be at least 0, got '{text}'");
    }

    public override JsonObject ToJsonSchema(JsonSchemaWriter writer) => new() { ["type"] = "number", ["minimum"] = 0 };
}
