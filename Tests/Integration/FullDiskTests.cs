using System.Diagnostics;
using Shortfall.Tests.Analysis;
using Shortfall.Tests.Analysis.Commands;
using Shortfall.Tests.Configuration;
using Shortfall.Tests.Reports;

namespace Shortfall.Tests.Integration;

/// <summary>A disk that fills while a run writes (a file size limit on the child process, 'ulimit -f', with SIGXFSZ ignored so that
/// writes fail as on a full disk) loses nothing: one line and exit 2, the old results byte for byte, no temporary file left.</summary>
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

        var dll = typeof(Shortfall.Analysis.Commands.ShortfallCli).Assembly.Location;
        // 64 KiB: the runtime starts (without W^X double mapping, which writes a file), replications.csv does not fit.
        var start = new ProcessStartInfo("bash", ["-c", "trap '' XFSZ; ulimit -f 64; exec dotnet \"$0\" \"$@\"", dll, "run", scenario,
            "--replications", "20000", "--seed", "5", "--out", results, "--quiet"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_EnableWriteXorExecute"] = "0";
        using var child = Process.Start(start)!;
        var error = child.StandardError.ReadToEnd();
        child.StandardOutput.ReadToEnd();
        child.WaitForExit();

        Assert.True(child.ExitCode == 2, error);
        Assert.StartsWith($"shortfall: cannot write the results to '{results}': ", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
        var after = ReportPage.Snapshot(results);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(before, f => Assert.Equal(f.Value, after[f.Key]));
        Assert.Equal(0, Cli.Run("plot", results, "--quiet").Exit);
    }
}
