using System.Text.Json;
using System.Text.RegularExpressions;
using Shortfall.Analysis.Output;
using Shortfall.Analysis.Output.Documents;

namespace Shortfall.Analysis.Reports;

/// <summary>Reads summary.json back through its contract (<see cref="SummaryJson.Contract"/>); unknown fields are ignored.</summary>
public static partial class SummaryReader
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <exception cref="ResultsFormatException">When the file is missing, not JSON, lacks a required field or has one of the wrong kind, has no variant, or a histogram bin is negative.</exception>
    public static SummaryDocument Read(string path)
    {
        var root = JsonField.Load(path);
        SummaryDocument summary;
        try
        {
            summary = root.Element.Deserialize(SummaryJson.Contract)
                ?? throw new ResultsFormatException(path, "holds null, not a summary");
        }
        catch (JsonException e)
        {
            throw new ResultsFormatException(path, Problem(e));
        }
        if (summary.Variants.Count == 0)
            throw new ResultsFormatException(path, "'variants' is empty; a run has at least the baseline");
        foreach (var variant in summary.Variants)
        {
            if (variant.DeliveriesPerDestinationMonth?.Histogram.FirstOrDefault(b => b.Value is < 0 or > int.MaxValue || b.Count < 0) is { } bin)
                throw new ResultsFormatException(path, $"the histogram of '{variant.Name}' has a negative or too large value or count ({bin.Value}: {bin.Count})");
        }
        return summary;
    }

    // The serializer's "$.variants[1].headline" and its message, as "'variants[1].headline.ci_low' is missing"
    // or "'seed' has a value of the wrong kind".
    private static string Problem(JsonException e)
    {
        var path = e.Path is { } p && p.StartsWith("$.", StringComparison.Ordinal) ? p[2..] : "";
        var missing = MissingProperties().Match(e.Message);
        if (missing.Success)
            return string.Join("; ", missing.Groups[1].Value.Split(", ").Select(name => $"'{Join(path, name.Trim('\''))}' is missing"));
        return path.Length == 0 ? $"is not a summary: {e.Message}" : $"'{path}' has a value of the wrong kind";
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    [GeneratedRegex("missing required properties including: (.+)\\.$")]
    private static partial Regex MissingProperties();
}
