using System.Text.Json.Nodes;
using Shortfall.Configuration.Binding;

namespace Shortfall.Configuration.Schema;

/// <summary>The name of something declared elsewhere in the file (a calendar, material…), which must exist.</summary>
internal sealed class ReferenceShape(NameKind kind) : ScalarShape<string>
{
    public NameKind Kind { get; } = kind;

    public override string Summary => $"{DeclaredNames.Noun(Kind)} name";

    public override string Expected => $"the name of a {DeclaredNames.Noun(Kind)}";

    public override Parsed<string> Parse(string text, BindContext context)
    {
        var names = context.Names.Of(Kind);
        if (names is null || names.Contains(text))
        {
            return text;
        }
        var noun = DeclaredNames.Noun(Kind);
        return new Failure(names.Count == 0
            ? $"unknown {noun} '{text}'; no {DeclaredNames.Plural(Kind)} are defined"
            : $"unknown {noun} '{text}'" + Suggestions.DidYouMean(text, names));
    }

    public override JsonObject ToJsonSchema(JsonSchemaWriter writer) => new() { ["type"] = "string" };
}
