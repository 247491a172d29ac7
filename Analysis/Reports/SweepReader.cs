using Shortfall.Analysis.Output;
using Shortfall.Analysis.Output.Documents;

namespace Shortfall.Analysis.Reports;

/// <summary>Reads sweep.json back through its contract (<see cref="SweepFiles.Contract"/>).</summary>
public static class SweepReader
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <exception cref="ResultsFormatException">When the file is missing, not JSON, lacks a field, or has no baseline point with a mean.</exception>
    public static SweepDocument Read(string path)
    {
        var sweep = ResultsJson.Read(path, SweepFiles.Contract);
        if (!sweep.Points.Any(p => p.DifferenceVsBaseline is null && p.Headline.Mean is not null))
        {
            throw new ResultsFormatException(path, "'points' has no baseline point (one without a difference from the baseline)");
        }

        return sweep;
    }
}
