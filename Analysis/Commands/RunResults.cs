using Shortfall.Analysis.Output;
using Shortfall.Analysis.Reports;
using Shortfall.Analysis.Running;
using Shortfall.Analysis.Terminal;

namespace Shortfall.Analysis.Commands;

/// <summary>
/// Writes a run's results directory (summary.json, distributions.json, months.csv, the per-replication tables, and
/// from them report.html and its charts) and reports it on the console: what <c>shortfall run</c> and <c>shortfall merge</c> share, so that a
/// merged run's files and console output are those of the run it replays.
/// </summary>
internal static class RunResults
{
    /// <summary>Creates <paramref name="directory"/> if needed and takes it (refusing one it cannot write, or that another command holds) before
    /// anything runs; then commits the run's files, and the report drawn from them, each as one unit (<see cref="ResultsDirectory"/>). A failure or
    /// cancellation leaves the directory as it was.</summary>
    /// <param name="io">The command's streams.</param>
    /// <param name="variants">The variants, the baseline first.</param>
    /// <param name="run">What was run.</param>
    /// <param name="directory">The results directory.</param>
    /// <param name="quiet">True to print nothing but warnings.</param>
    /// <param name="report">True to draw report.html and the charts from the committed files.</param>
    /// <param name="png">True to draw each chart as a PNG too.</param>
    /// <param name="format">How the per-replication tables are written.</param>
    /// <param name="produce">Runs or replays the replications through the files, reporting progress.</param>
    /// <param name="check">What to check once the directory is taken and before anything runs (the estimate of a long run), if anything.</param>
    public static int Write(CommandIO io, IReadOnlyList<RunVariant> variants, RunDescription run, string directory, bool quiet, bool report, bool png,
        TableFormat format, Func<RunFiles, Action<long>, RunOutcome> produce, Action? check = null)
    {
        using var results = OutputDirectory.Open(directory);
        var outcome = OutputDirectory.Commit(results, () =>
        {
            check?.Invoke();
            var files = new RunFiles(results, variants, format);
            var total = run.Stopping is FixedReplications f ? f.Replications : (long?)null;
            var produced = ProgressDisplay.Run(io, quiet, run.Scenario, total, run.Stopping.MaximumReplications, progress => produce(files, progress));
            var identity = files.Stage(run, produced);
            // The previous report was drawn from other results.
            ReportFiles.RemoveFrom(results);
            return (produced, identity);
        });
        // The results are committed; the report is drawn from them as 'shortfall plot' draws it. A
        // results file it cannot read here is Shortfall's own fault, so it is an internal error.
        var page = report ? OutputDirectory.Report(results, png) : null;
        if (!outcome.StoppingRuleMet)
        {
            io.Error.WriteLine($"shortfall: warning: the precision asked for was not reached in {outcome.Replications} replications; raise " +
                $"--max-replications or relax --precision.");
        }

        if (!quiet)
        {
            Consoles.Over(io.Output, io.Interactive).Write(SummaryTable.Build(run, outcome));
            io.Output.WriteLine($"Results: {Path.GetFullPath(directory)}");
            if (page is not null)
            {
                io.Output.WriteLine($"Report: {Path.GetFullPath(page)}");
            }
        }
        return ExitCodes.Success;
    }
}
