using System.Text.RegularExpressions;

namespace Shortfall.Configuration.Schema;

/// <summary>
/// Where a variant's override goes: keys separated by dots, list items by [index], e.g.
/// <c>carriers.truck.count</c> or <c>power.seasons[0].windows</c>.
/// </summary>
internal sealed partial class VariantPath
{
    public const string Pattern = "[^.\\[\\]\\s]+(\\[[0-9]+\\])*(\\.[^.\\[\\]\\s]+(\\[[0-9]+\\])*)*";

    private VariantPath(string text, IReadOnlyList<PathSegment> segments)
    {
        Text = text;
        Segments = segments;
    }

    [GeneratedRegex("^" + Pattern + "$")]
    private static partial Regex Syntax();

    [GeneratedRegex(@"(?<key>[^.\[\]\s]+)|\[(?<index>[0-9]+)\]")]
    private static partial Regex Segment();

    public string Text { get; }

    public IReadOnlyList<PathSegment> Segments { get; }

    public static Parsed<VariantPath> Parse(string text)
    {
        if (!Syntax().IsMatch(text))
        {
            return new Failure($"expected a path like 'carriers.truck.count' or 'power.seasons[0].windows', got '{text}'");
        }
        var segments = Segment().Matches(text)
            .Select(m => m.Groups["key"].Success ? new PathSegment(m.Groups["key"].Value, -1) : new PathSegment(null, int.Parse(m.Groups["index"].Value,
                System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        return new VariantPath(text, segments);
    }
}

/// <summary>One step of a <see cref="VariantPath"/>: a mapping key, or (when <see cref="Key"/> is null) a list index.</summary>
internal readonly record struct PathSegment(string? Key, int Index);
