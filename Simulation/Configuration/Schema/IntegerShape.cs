using System.Globalization;
using System.Text.Json.Nodes;
using Shortfall.Configuration.Binding;

namespace Shortfall.Configuration.Schema;

/// <summary>A whole number from <see cref="Minimum"/> to <see cref="Maximum"/>, e.g. a count of trucks or of children. A count
/// that sizes what the model builds (trucks, computers) has a maximum, so that a typo cannot make a run exhaust the memory.</summary>
internal sealed class IntegerShape(int minimum, int maximum = int.MaxValue) : ScalarShape<int>
{
    public int Minimum { get; } = minimum;

    public int Maximum { get; } = maximum;

    public override string Summary => Maximum == int.MaxValue ? $"whole number ≥ {Minimum}" : $"whole number {Minimum}–{Maximum}";

    public override string Expected => Maximum == int.MaxValue ? $"a whole number of at least {Minimum}" : $"a whole number from {Minimum} to {Maximum}";

    public override Parsed<int> Parse(string text, BindContext context)
    {
        if (!int.TryParse(text.Replace("_", ""), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return new Failure($"expected {Expected}, got '{text}'");
        }
        if (value > Maximum)
        {
            return new Failure($"must be at most {Maximum}, got '{text}'");
        }
        return value < Minimum ? new Failure($"must be at least {Minimum}, got '{text}'") : value;
    }

    public override JsonObject ToJsonSchema(JsonSchemaWriter writer) => Maximum == int.MaxValue
        ? new() { ["type"] = "integer", ["minimum"] = Minimum }
        : new() { ["type"] = "integer", ["minimum"] = Minimum, ["maximum"] = Maximum };
}
