using System.Globalization;
using Shortfall.Tests.Analysis;
using Shortfall.Tests.Analysis.Commands;
using Shortfall.Tests.Reports;

namespace Shortfall.Tests.Integration;

/// <summary>
/// 'run', 'merge', 'sweep' and 'plot' into a directory holding an earlier complete set, when the disk fills (a file size limit) or the directory
/// is read-only: one line and exit 2, nothing lost, no temporary file left. A write that fails while the results are staged leaves the earlier
/// set byte for byte; one that fails while the report is staged leaves the new results whole, from which 'plot' then draws a clean run's bytes.
/// </summary>
public sealed class UnwritableOutputTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public UnwritableOutputTests() => Killed.Scenario(_directory["scenario.yaml"]);

    public void Dispose() => _directory.Dispose();

    /// <summary>Each command with a file size limit (KiB) below one of the results of the small scenario (summary.json, sweep.json).</summary>
    public static TheoryData<string, int> BelowResults => new() { { "run", 4 }, { "merge", 4 }, { "sweep", 1 } };

    /// <summary>Each command with a file size limit (KiB) above its results but below its report.html.</summary>
    public static TheoryData<string, int> BelowReport => new() { { "run", 64 }, { "merge", 64 }, { "sweep", 4 }, { "plot", 64 } };

    public static TheoryData<string> ReportWriters => new() { "run", "merge", "sweep", "plot" };

    [Theory]
    [MemberData(nameof(BelowResults))]
    public void A_full_disk_while_the_results_are_staged_leaves_the_earlier_set_byte_for_byte(string command, int kib)
    {
        var (target, args) = Prepare(command);
        var before = ReportPage.Snapshot(target);

        var (exit, error) = Constrained.WithFileSizeLimit(kib, args);

        OneLine(exit, error, $"shortfall: cannot write the results to '{target}': ");
        Assert.True(Killed.Same(before, ReportPage.Snapshot(target)), $"{command} changed the earlier set");
        Assert.Equal(0, Cli.Run("plot", target, "--quiet").Exit);
    }

    [Theory]
    [MemberData(nameof(BelowReport))]
    public void A_full_disk_while_the_report_is_staged_leaves_whole_results_that_plot_draws_as_a_clean_run(string command, int kib)
    {
        var (target, args) = Prepare(command);
        var clean = _directory["clean"];
        CopyDirectory(target, clean);
        Succeed(Cli.Run([.. args.Select(a => a == target ? clean : a)]));

        var (exit, error) = Constrained.WithFileSizeLimit(kib, args);

        OneLine(exit, error, $"shortfall: cannot write the report to '{target}': ");
        Assert.DoesNotContain(ReportPage.Snapshot(target).Keys, f => f.EndsWith(".tmp", StringComparison.Ordinal));
        Succeed(Cli.Run("plot", target, "--quiet"));
        Assert.True(Killed.Same(ReportPage.Snapshot(target), ReportPage.Snapshot(clean)), $"{command} and plot after a full disk differ from a clean run");
    }

    [Theory]
    [MemberData(nameof(ReportWriters))]
    public void A_read_only_directory_is_refused_with_one_line_and_the_earlier_set_kept(string command)
    {
        var (target, args) = Prepare(command);
        var before = ReportPage.Snapshot(target);

        var (exit, error) = Constrained.WithReadOnly(target, args);

        OneLine(exit, error, $"shortfall: cannot write to the output directory '{target}': ");
        Assert.True(Killed.Same(before, ReportPage.Snapshot(target)), $"{command} changed the earlier set");
    }

    // A directory holding a complete set (seed 1, with its report), and the command that would write another one (seed 2) over it.
    private (string Target, string[] Args) Prepare(string command)
    {
        var target = _directory["target"];
        if (command == "sweep")
        {
            Succeed(Cli.Run(Sweep(1, target)));
            return (target, Sweep(2, target));
        }

        Succeed(Cli.Run(["run", Scenario, .. Run(1), "--out", target]));
        switch (command)
        {
            case "run":
                return (target, ["run", Scenario, .. Run(2), "--out", target]);
            case "merge":
                var parts = _directory["parts"];
                foreach (var shard in new[] { "1/2", "2/2" })
                {
                    Succeed(Cli.Run(["run", Scenario, .. Run(2), "--shard", shard, "--out", parts]));
                }
                return (target, ["merge", parts, "--out", target, "--quiet"]);
            default:
                return (target, ["plot", target, "--quiet"]);
        }
    }

    private string Scenario => _directory["scenario.yaml"];

    private static string[] Run(int seed) => ["--replications", "4", "--seed", seed.ToString(CultureInfo.InvariantCulture), "--quiet"];

    private string[] Sweep(int seed, string directory) =>
        ["sweep", Scenario, "--param", "carriers.truck.count=1:2", "--replications", "2", "--seed", seed.ToString(CultureInfo.InvariantCulture), "--out",
            directory, "--quiet"];

    private static void OneLine(int exit, string error, string start)
    {
        Assert.True(exit == 2, error);
        Assert.StartsWith(start, error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    private static void Succeed((int Exit, string Output, string Error) run) => Assert.True(run.Exit == 0, run.Error);
}
