using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Shortfall.Configuration.Binding;

namespace Shortfall.Configuration.Schema;

/// <summary>A calendar date written <c>yyyy-mm-dd</c>.</summary>
internal sealed partial class DateShape : ScalarShape<DateOnly>
{
    public const string Pattern = "[0-9]{4}-[0-9]{2}-[0-9]{2}";

    public static readonly DateShape Instance = new();

    [GeneratedRegex("^" + Pattern + "$")]
    private static partial Regex Syntax();

    public override string Summary => "date";

    public override string Expected => "a date like '2021-01-15'";

    public override Parsed<DateOnly> Parse(string text, BindContext context)
    {
        if (!Syntax().IsMatch(text))
        {
            return new Failure($"expected {Expected}, got '{text}'");
        }
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : new Failure($"there is no date '{text}'");
    }

    public override JsonObject ToJsonSchema(JsonSchemaWriter writer) => JsonSchemaWriter.Pattern(Pattern);
}
