using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Shortfall.Configuration.Binding;

namespace Shortfall.Configuration.Schema;

/// <summary>A period's name (<c>holidays</c>), or dates written in place (<c>2021-05-01</c>, <c>2021-07-20..2021-08-31</c>).</summary>
internal sealed partial class ClosedDaysShape : ScalarShape<ClosedDays>
{
    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}($|\\.\\.)")]
    private static partial Regex DateStart();

    public static readonly ClosedDaysShape Instance = new();

    private static readonly ReferenceShape Period = new(NameKind.Period);

    public override string Summary => "period name, date or date..date";

    public override string Expected => "a period name, a date or a range of dates";

    public override Parsed<ClosedDays> Parse(string text, BindContext context)
    {
        // A date's shape decides, so that a period may still be named "2021-holidays".
        if (DateStart().IsMatch(text))
        {
            var dates = DateSpanShape.Instance.Parse(text, context);
            return dates.Ok ? new ClosedDays(dates.Value, null) : dates.AsFailure();
        }
        var period = Period.Parse(text, context);
        return period.Ok ? new ClosedDays(null, period.Value) : period.AsFailure();
    }

    public override JsonObject ToJsonSchema(JsonSchemaWriter writer) => new() { ["type"] = "string" };
}
