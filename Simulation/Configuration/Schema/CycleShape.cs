using System.Text.Json.Nodes;
using Shortfall.Configuration.Binding;

namespace Shortfall.Configuration.Schema;

/// <summary>
/// A name from a cycle (weekdays, months) or a range of them: <c>mon</c>, <c>monday</c>, <c>mon-fri</c>,
/// <c>nov-feb</c> (a range may wrap around). Case is ignored. Reads into the values of the named items.
/// </summary>
internal sealed class CycleShape : ScalarShape<int[]>
{
    private readonly string _noun;
    private readonly string[] _short;
    private readonly string[] _long;
    private readonly int[] _values;

    private CycleShape(string noun, string[] shortNames, string[] longNames, int[] values)
    {
        _noun = noun;
        _short = shortNames;
        _long = longNames;
        _values = values;
    }

    /// <summary>Weekdays from Monday, read as <see cref="DayOfWeek"/> values.</summary>
    public static readonly CycleShape Weekdays = new(
        "weekday",
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
        [1, 2, 3, 4, 5, 6, 0]);

    /// <summary>Months, read as 1–12.</summary>
    public static readonly CycleShape Months = new(
        "month",
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);

    public override string Summary => $"{_noun} or range";

    public override string Expected => $"a {_noun} like '{_short[0]}' or a range like '{_short[0]}-{_short[4]}'";

    public override Parsed<int[]> Parse(string text, BindContext context)
    {
        var parts = text.Split('-');
        if (parts.Length > 2)
        {
            return new Failure($"expected {Expected}, got '{text}'");
        }
        var first = Index(parts[0].Trim());
        if (!first.Ok)
        {
            return first.AsFailure();
        }
        if (parts.Length == 1)
        {
            return new[] { _values[first.Value] };
        }
        var last = Index(parts[1].Trim());
        if (!last.Ok)
        {
            return last.AsFailure();
        }
        var count = (last.Value - first.Value + _short.Length) % _short.Length + 1;
        return Enumerable.Range(first.Value, count).Select(i => _values[i % _short.Length]).ToArray();
    }

    /// <summary>The name's position in the cycle.</summary>
    private Parsed<int> Index(string name)
    {
        var lower = name.ToLowerInvariant();
        var index = Array.IndexOf(_short, lower);
        if (index < 0)
        {
            index = Array.IndexOf(_long, lower);
        }
        return index >= 0 ? index : new Failure($"unknown {_noun} '{name}'" + Suggestions.DidYouMean(lower, _short));
    }

    /// <summary>Any words: JSON Schema patterns have no case-insensitive flag, and the schema must not be stricter than the loader.</summary>
    public override JsonObject ToJsonSchema(JsonSchemaWriter writer) => new()
    {
        ["type"] = "string",
        ["pattern"] = "^[A-Za-z]+(\\s*-\\s*[A-Za-z]+)?$",
        ["examples"] = new JsonArray(_short[0], $"{_short[0]}-{_short[4]}"),
    };
}
