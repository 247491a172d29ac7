using System.Text.Json.Nodes;
using Shortfall.Configuration.Binding;

namespace Shortfall.Configuration.Schema;

/// <summary>The name of something declared elsewhere in the file (a calendar, material…), which must exist.</summary>
internal sealed class ReferenceShape(NameKind kind) : ScalarShape<string>
{
    public NameKind Kind { get; } = kind;

    public override string Summary => $"{DeclaredNames.Noun(Kind)} name";

    public override string Expected => $"the name of a {DeclaredNames.Noun(Kind)}";

    /// <inheritdoc />
    public override bool ReadsDeclaredNames => true;

    public override Parsed<string> Parse(string text, BindContext context)
    {
        var names = context.Names.Of(Kind);
        if (names is null || names.Contains(text))
        {
            return text;
        }
        var noun = DeclaredNames.Noun(Kind);
        if (names.Count > 0)
        {
            return new Failure($"unknown {noun} '{text}'" + Suggestions.DidYouMean(text, names));
        }
        // Programmes are declared by the lines that belong to them, not in a section of their own.
        return new Failure(Kind == NameKind.Programme
            ? $"unknown programme '{text}'; no line belongs to a programme"
            : $"unknown {noun} '{text}'; no {DeclaredNames.Plural(Kind)} are defined");
    }

    public override JsonObject ToJsonSchema(JsonSchemaWriter writer) => new() { ["type"] = "string" };
}
