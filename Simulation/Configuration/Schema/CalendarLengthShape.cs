using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Shortfall.Configuration.Binding;

namespace Shortfall.Configuration.Schema;

/// <summary>The length of the simulated period: a whole number of days, weeks, months or years (<c>12 months</c>).</summary>
internal sealed partial class CalendarLengthShape : ScalarShape<CalendarLength>
{
    private static readonly Dictionary<string, string> Units = new()
    {
        ["d"] = "d",
        ["day"] = "d",
        ["days"] = "d",
        ["wk"] = "wk",
        ["week"] = "wk",
        ["weeks"] = "wk",
        ["month"] = "months",
        ["months"] = "months",
        ["year"] = "years",
        ["years"] = "years",
    };

    public static readonly CalendarLengthShape Instance = new();

    [GeneratedRegex(@"^(?<n>[+-]?[0-9]+)\s*(?<unit>[a-z]+)$")]
    private static partial Regex Syntax();

    public override string Summary => "whole days, weeks, months or years";

    public override string Expected => "a whole number of days, weeks, months or years like '12 months'";

    public override Parsed<CalendarLength> Parse(string text, BindContext context)
    {
        var match = Syntax().Match(text);
        if (!match.Success || !Units.TryGetValue(match.Groups["unit"].Value, out var unit)
            || !int.TryParse(match.Groups["n"].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count))
        {
            return new Failure($"expected {Expected}, got '{text}'");
        }
        return count > 0 ? new CalendarLength(count, unit) : new Failure($"must be greater than 0, got '{text}'");
    }

    public override JsonObject ToJsonSchema(JsonSchemaWriter writer) =>
        JsonSchemaWriter.Pattern("[0-9]+\\s*" + JsonSchemaWriter.Alternation(Units.Keys));
}
