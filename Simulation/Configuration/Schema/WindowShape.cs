using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Shortfall.Configuration.Binding;
using Shortfall.Model.Definition;

namespace Shortfall.Configuration.Schema;

/// <summary>
/// A daily window <c>hh:mm-hh:mm</c>, in hours since midnight. A window whose end is earlier than its
/// start crosses midnight (<c>20:00-04:00</c>, a night shift) and is read as one window of the day it
/// starts on, ending the next morning: 20:00–28:00.
/// </summary>
internal sealed partial class WindowShape : ScalarShape<DailyWindow[]>
{
    public const string Pattern = "[0-9]{1,2}:[0-9]{2}\\s*-\\s*[0-9]{1,2}:[0-9]{2}";

    public static readonly WindowShape Instance = new();

    [GeneratedRegex(@"^(?<sh>[0-9]{1,2}):(?<sm>[0-9]{2})\s*-\s*(?<eh>[0-9]{1,2}):(?<em>[0-9]{2})$")]
    private static partial Regex Syntax();

    public override string Summary => "window hh:mm-hh:mm";

    public override string Expected => "a daily window like '08:00-17:00'";

    public override Parsed<DailyWindow[]> Parse(string text, BindContext context)
    {
        var match = Syntax().Match(text);
        if (!match.Success)
        {
            return new Failure($"expected {Expected}, got '{text}'");
        }
        var start = Time(match, "sh", "sm");
        var end = Time(match, "eh", "em");
        if (start is null || end is null)
        {
            return new Failure($"a time of day runs from 00:00 to 24:00, got '{text}'");
        }
        if (start == 24)
        {
            return new Failure($"a window cannot start at 24:00, got '{text}'");
        }
        if (start == end)
        {
            return new Failure($"the window '{text}' is empty");
        }
        DailyWindow[] windows = [new DailyWindow(start.Value, start < end ? end.Value : end.Value + 24)];
        return windows;
    }

    /// <summary>The hour as a fraction of 24, or null when it is no time of day (25:00, 10:60, 24:30).</summary>
    private static double? Time(Match match, string hours, string minutes)
    {
        var h = int.Parse(match.Groups[hours].Value, CultureInfo.InvariantCulture);
        var m = int.Parse(match.Groups[minutes].Value, CultureInfo.InvariantCulture);
        return h > 24 || m > 59 || (h == 24 && m > 0) ? null : h + m / 60.0;
    }

    public override JsonObject ToJsonSchema(JsonSchemaWriter writer) => JsonSchemaWriter.Pattern(Pattern);
}
