using System.Text.Json.Nodes;
using Shortfall.Configuration.Binding;

namespace Shortfall.Configuration.Schema;

/// <summary>One of a few fixed words, e.g. <c>pause</c> or <c>lose-batch</c>.</summary>
internal sealed class EnumShape<T>(params (string Word, T Value)[] choices) : ScalarShape<T>
{
    private string Words => string.Join(" or ", choices.Select(c => c.Word));

    public override string Summary => string.Join(" | ", choices.Select(c => c.Word));

    public override string Expected => Words;

    public override Parsed<T> Parse(string text, BindContext context)
    {
        foreach (var (word, value) in choices)
        {
            if (word == text)
            {
                return value;
            }
        }
        var nearest = Suggestions.Nearest(text, choices.Select(c => c.Word));
        return new Failure($"expected {Words}, got '{text}'" + (nearest is null ? "" : $"; did you mean '{nearest}'?"));
    }

    public override JsonObject ToJsonSchema(JsonSchemaWriter writer) =>
        new() { ["enum"] = new JsonArray(choices.Select(c => (JsonNode?)c.Word).ToArray()) };
}
