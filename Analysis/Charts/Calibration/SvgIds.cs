using System.Text.RegularExpressions;

namespace Shortfall.Analysis.Charts.Calibration;

/// <summary>
/// Skia numbers an SVG's clip paths from a counter shared by the whole process (<c>cl_4</c>, <c>cl_a</c>…), so the same chart
/// gets other ids after other charts, and two charts inlined in one page could share one. Renaming them in order of appearance
/// under a prefix of the page's choosing makes the markup depend on the chart alone and unique in the page.
/// </summary>
internal static partial class SvgIds
{
    [GeneratedRegex("cl_[0-9a-f]+")]
    private static partial Regex ClipId();

    public static string Renamed(string svg, string prefix)
    {
        var names = new Dictionary<string, string>();
        return ClipId().Replace(svg, m =>
        {
            if (!names.TryGetValue(m.Value, out var name))
            {
                name = $"{prefix}-clip-{names.Count}";
                names[m.Value] = name;
            }
            return name;
        });
    }
}
