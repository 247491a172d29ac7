using Shortfall.Tests.Analysis;
using Shortfall.Tests.Analysis.Commands;
using Shortfall.Tests.Configuration;
using Shortfall.Tests.Reports;

namespace Shortfall.Tests.Integration;

/// <summary>A disk that fills while a run streams its tables (a file size limit on the child process, <see cref="Constrained"/>) loses nothing:
/// one line and exit 2, the old results byte for byte, no temporary file left. (UnwritableOutputTests fills it while the other files and the
/// report are staged, for every command that writes results.)</summary>
public class FullDiskTests
{
    [Fact]
    public void A_run_that_cannot_write_its_files_exits_2_and_leaves_the_old_results_whole()
    {
        using var directory = new TemporaryDirectory();
        var scenario = directory["scenario.yaml"];
        File.WriteAllText(scenario, string.Join('\n', File.ReadLines(TestFiles.Malformed("count-negative.yaml")).TakeWhile(l => !l.StartsWith('#')))
            .Replace("count: -1", "count: 1", StringComparison.Ordinal));
        var results = directory["results"];
        Assert.Equal(0, Cli.Run("run", scenario, "--replications", "4", "--out", results, "--quiet").Exit);
        var before = ReportPage.Snapshot(results);

        // 64 KiB: the tables of 20,000 replications do not fit, so the run fails while it streams them.
        var (exit, error) = Constrained.WithFileSizeLimit(64, "run", scenario, "--replications", "20000", "--seed", "5", "--out", results, "--quiet");

        Assert.True(exit == 2, error);
        Assert.StartsWith($"shortfall: cannot write the results to '{results}': ", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
        var after = ReportPage.Snapshot(results);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(before, f => Assert.Equal(f.Value, after[f.Key]));
        Assert.Equal(0, Cli.Run("plot", results, "--quiet").Exit);
    }
}
