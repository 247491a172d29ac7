using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Shortfall.Configuration.Binding;
using Shortfall.Configuration.Units;

namespace Shortfall.Configuration.Schema;

/// <summary>The scenario's currency: a word, which then becomes the only unit of money (<c>4000000 won</c>).</summary>
internal sealed partial class CurrencyShape : ScalarShape<string>
{
    public static readonly CurrencyShape Instance = new();

    [GeneratedRegex(@"^\p{L}+$")]
    private static partial Regex Syntax();

    public override string Summary => "currency word";

    public override string Expected => "a currency like 'won'";

    public override Parsed<string> Parse(string text, BindContext context)
    {
        if (!Syntax().IsMatch(text))
        {
            return new Failure($"expected {Expected}, got '{text}'");
        }
        return UnitTable.IsStandard(text) ? new Failure($"'{text}' is a unit and cannot be the currency") : text;
    }

    public override JsonObject ToJsonSchema(JsonSchemaWriter writer) => JsonSchemaWriter.Pattern("[A-Za-z]+");
}
