using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Shortfall.Configuration.Binding;

namespace Shortfall.Configuration.Schema;

/// <summary>A name the analyst gives a thing (a key of materials, carriers…): letters of any script,
/// digits, '-' and '_', so that variant paths like <c>carriers.truck.count</c> stay unambiguous.</summary>
internal sealed partial class NameShape(string noun) : ScalarShape<string>
{
    public const string Pattern = "[\\p{L}\\p{N}][\\p{L}\\p{N}_-]*";

    [GeneratedRegex("^" + Pattern + "$")]
    private static partial Regex Syntax();

    public override string Summary => $"{noun} name";

    public override string Expected => $"a {noun} name like 'truck'";

    /// <summary>The longest name: names head tables and charts, where a longer one pushes the rest off the page.</summary>
    public const int MaximumLength = 64;

    public override Parsed<string> Parse(string text, BindContext context)
    {
        if (!Syntax().IsMatch(text))
        {
            return new Failure($"the name '{text}' may hold only letters, digits, '-' and '_'");
        }
        return text.Length <= MaximumLength ? text : new Failure($"the name '{text}' is longer than {MaximumLength} characters");
    }

    public override JsonObject ToJsonSchema(JsonSchemaWriter writer)
    {
        var schema = JsonSchemaWriter.Pattern("[A-Za-z0-9\\u0080-\\uFFFF][A-Za-z0-9\\u0080-\\uFFFF_-]*");
        schema["maxLength"] = MaximumLength;
        return schema;
    }
}
