using System.Text.Json.Nodes;
using Shortfall.Configuration.Binding;
using Shortfall.Model.Definition;

namespace Shortfall.Configuration.Schema;

/// <summary>A date (<c>2021-05-01</c>) or an inclusive range of dates (<c>2021-07-20..2021-08-31</c>).</summary>
internal sealed class DateSpanShape : ScalarShape<DateRange>
{
    public const string Pattern = DateShape.Pattern + "(\\.\\." + DateShape.Pattern + ")?";

    public static readonly DateSpanShape Instance = new();

    public override string Summary => "date or date..date";

    public override string Expected => "a date like '2021-05-01' or a range like '2021-07-20..2021-08-31'";

    public override Parsed<DateRange> Parse(string text, BindContext context)
    {
        var dots = text.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0)
        {
            var day = DateShape.Instance.Parse(text, context);
            if (day.Ok)
            {
                return new DateRange(day.Value, day.Value);
            }
            // A date-shaped text that is no date (2021-02-30) keeps the date's own message.
            return char.IsAsciiDigit(text[0]) && text.Length == 10 ? day.AsFailure() : new Failure($"expected {Expected}, got '{text}'");
        }
        var first = DateShape.Instance.Parse(text[..dots].Trim(), context);
        var last = DateShape.Instance.Parse(text[(dots + 2)..].Trim(), context);
        if (!first.Ok || !last.Ok)
        {
            return new Failure((first.Ok ? last : first).Error);
        }
        return last.Value < first.Value
            ? new Failure($"the range '{text}' ends before it starts")
            : new DateRange(first.Value, last.Value);
    }

    public override JsonObject ToJsonSchema(JsonSchemaWriter writer) => JsonSchemaWriter.Pattern(Pattern);
}
