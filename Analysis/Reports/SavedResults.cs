using Shortfall.Analysis.Output;
using Shortfall.Analysis.Output.Documents;

namespace Shortfall.Analysis.Reports;

/// <summary>
/// What a results directory holds, read back from its files: a run (summary.json with
/// replications.csv and destination-months.csv), a sweep (sweep.json), or both. The report is
/// drawn from this alone, so <c>shortfall run</c> and <c>shortfall plot</c> give the same report.
/// </summary>
/// <param name="Directory">The results directory.</param>
/// <param name="Run">The run, or null when the directory holds only a sweep.</param>
/// <param name="Sweep">The sweep, or null when there is none.</param>
public sealed record SavedResults(string Directory, SavedRun? Run, SweepDocument? Sweep)
{
    /// <summary>True when there is a sweep and it was run on the same scenario file as the run, if any (a sweep of another version is not shown).</summary>
    public bool SweepMatchesRun => Sweep is not null && (Run is null || Run.Summary.ScenarioHash == Sweep.ScenarioHash);

    /// <summary>Reads every results file that <paramref name="directory"/>'s manifest.json lists, each checked against it.</summary>
    /// <exception cref="ResultsFormatException">When the directory is missing, has no manifest, holds neither a run nor a sweep, or a file is missing,
    /// malformed, or not the one the manifest lists.</exception>
    public static SavedResults Load(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        if (!System.IO.Directory.Exists(directory))
        {
            throw new ResultsFormatException(directory, "is not a directory");
        }

        var manifest = ResultsManifest.Read(directory);
        var (summary, sweep) = (manifest.Lists(SummaryJson.FileName), manifest.Lists(SweepFiles.JsonFileName));
        if (!summary && !sweep)
        {
            throw new ResultsFormatException(directory, $"holds neither {SummaryJson.FileName} (from 'shortfall run') nor {SweepFiles.JsonFileName} (from " +
                $"'shortfall sweep')");
        }

        return new SavedResults(
            directory,
            summary ? SavedRun.Load(manifest) : null,
            sweep ? SweepReader.Read(manifest.Checked(SweepFiles.JsonFileName)) : null);
    }
}
