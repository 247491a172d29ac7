using Shortfall.Analysis.Output;
using Shortfall.Analysis.Output.Documents;

namespace Shortfall.Analysis.Reports;

/// <summary>Reads summary.json back through its contract (<see cref="SummaryJson.Contract"/>).</summary>
public static class SummaryReader
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <exception cref="ResultsFormatException">When the file is missing, not JSON, lacks a required field or has one of the wrong kind, has no variant, or a
    /// histogram bin is negative.</exception>
    public static SummaryDocument Read(string path)
    {
        var summary = ResultsJson.Read(path, SummaryJson.Contract);
        if (summary.Variants.Count == 0)
        {
            throw new ResultsFormatException(path, "'variants' is empty; a run has at least the baseline");
        }

        foreach (var variant in summary.Variants)
        {
            if (variant.DeliveriesPerDestinationMonth?.Histogram.FirstOrDefault(b => b.Value is < 0 or > int.MaxValue || b.Count < 0) is { } bin)
            {
                throw new ResultsFormatException(path, $"the histogram of '{variant.Name}' has a negative or too large value or count ({bin.Value}: " +
                    $"{bin.Count})");
            }
        }
        return summary;
    }
}
