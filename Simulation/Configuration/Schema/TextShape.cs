using System.Buffers;
using System.Text.Json.Nodes;
using Shortfall.Configuration.Binding;

namespace Shortfall.Configuration.Schema;

/// <summary>
/// Free text, e.g. a name shown in reports or a description. It heads pages and tables, so it is bounded in length and may
/// hold no control characters (but line breaks in a paragraph) and no bidirectional controls: an unclosed right-to-left mark
/// would reverse the text around it wherever the name is shown.
/// </summary>
internal sealed class TextShape(int maximumLength, bool paragraph) : ScalarShape<string>
{
    private static readonly SearchValues<char> Controls = SearchValues.Create(Characters(lineBreaks: true));

    private static readonly SearchValues<char> ControlsButLineBreaks = SearchValues.Create(Characters(lineBreaks: false));

    /// <summary>One line of at most 200 characters: a name shown in headings.</summary>
    public static readonly TextShape Line = new(200, paragraph: false);

    /// <summary>Up to 2000 characters, line breaks allowed: a description.</summary>
    public static readonly TextShape Paragraph = new(2000, paragraph: true);

    public override string Summary => $"text (at most {maximumLength} characters)";

    public override string Expected => "text";

    public override Parsed<string> Parse(string text, BindContext context)
    {
        if (text.Length > maximumLength)
        {
            return new Failure($"the text has {text.Length} characters; at most {maximumLength} are allowed");
        }
        var index = text.AsSpan().IndexOfAny(paragraph ? ControlsButLineBreaks : Controls);
        return index < 0 ? text : new Failure($"the text holds the control character U+{(int)text[index]:X4} at character {index + 1}; remove it");
    }

    public override JsonObject ToJsonSchema(JsonSchemaWriter writer) => new() { ["type"] = "string", ["maxLength"] = maximumLength };

    // C0 and C1 controls and the bidirectional formatting characters (marks, embeddings, overrides, isolates).
    private static string Characters(bool lineBreaks)
    {
        var controls = Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21))
            .Where(c => lineBreaks || c is not ('\n' or '\r' or '\t'))
            .Concat([0x061C, 0x200E, 0x200F]).Concat(Enumerable.Range(0x202A, 5)).Concat(Enumerable.Range(0x2066, 4));
        return string.Concat(controls.Select(c => (char)c));
    }
}
