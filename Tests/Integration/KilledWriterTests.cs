using System.Diagnostics;
using Shortfall.Analysis.Output;
using Shortfall.Tests.Analysis;
using Shortfall.Tests.Analysis.Commands;
using Shortfall.Tests.Configuration;
using Shortfall.Tests.Reports;

namespace Shortfall.Tests.Integration;

/// <summary>
/// Kills a writer (a 'run' into a directory holding another run's complete set, or a 'plot') at each named point of its commits
/// (<see cref="FaultInjection"/>), as kill -9 would; after each, 'plot' either refuses, naming manifest.json, or leaves exactly
/// the old complete set or the new one, and a rerun gives bytes identical to a clean run.
/// </summary>
public sealed class KilledWriterTests : IDisposable
{
    private static readonly string Scenario = TestFiles.Malformed("count-negative.yaml");
    private readonly TemporaryDirectory _files = new();
    private readonly string _scenario;

    public KilledWriterTests() => _scenario = _files["scenario.yaml"];

    public void Dispose() => _files.Dispose();

    // Run commits twice (results, then the report): the n-th time a point is reached is in the first commit for #1, the second for #2.
    public static TheoryData<string> RunKillPoints => new()
    {
        "prepared#1", "manifest-removed#1", "renamed#2", "committed#1", "prepared#2", "manifest-removed#2", "renamed#5",
    };

    [Theory]
    [MemberData(nameof(RunKillPoints))]
    public void A_run_killed_at_any_point_leaves_the_old_set_the_new_one_or_a_refusal_and_a_rerun_gives_the_clean_bytes(string point)
    {
        using var directory = new TemporaryDirectory();
        var (old, clean, target) = (directory["old"], directory["clean"], directory["target"]);
        Run(old, seed: 1);
        Run(clean, seed: 2);
        Run(target, seed: 1);

        var killed = Child(point, "run", Copy(), "--replications", "4", "--seed", "2", "--out", target, "--quiet");
        Assert.True(killed != 0, $"the run was not killed at {point}");

        var (exit, _, error) = Cli.Run("plot", target, "--quiet");
        if (exit == 0)
        {
            var now = ReportPage.Snapshot(target);
            Assert.True(Same(now, ReportPage.Snapshot(old)) || Same(now, ReportPage.Snapshot(clean)), $"after a kill at {point} the set is a mix");
        }
        else
        {
            Assert.Equal(2, exit);
            Assert.Contains("manifest.json: is missing", error);
        }

        Run(target, seed: 2);
        Assert.True(Same(ReportPage.Snapshot(target), ReportPage.Snapshot(clean)), $"the rerun after a kill at {point} differs from a clean run");
    }

    [Theory]
    [InlineData("renamed#2")]
    [InlineData("manifest-removed#1")]
    public void A_plot_killed_while_switching_is_refused_until_redrawn_and_the_redrawn_report_is_the_clean_one(string point)
    {
        using var directory = new TemporaryDirectory();
        var (clean, target) = (directory["clean"], directory["target"]);
        Run(clean, seed: 2);
        Run(target, seed: 2);

        Assert.True(Child(point, "plot", target, "--quiet") != 0, $"the plot was not killed at {point}");
        var (exit, _, error) = Cli.Run("run", Copy(), "--replications", "4", "--seed", "2", "--out", directory["elsewhere"], "--quiet");
        Assert.True(exit == 0, error);

        Assert.Equal(0, Cli.Run("plot", target, "--quiet").Exit);
        Assert.True(Same(ReportPage.Snapshot(target), ReportPage.Snapshot(clean)), $"the report redrawn after a kill at {point} differs");
    }

    private void Run(string directory, int seed)
    {
        var (exit, _, error) = Cli.Run("run", Copy(), "--replications", "4", "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--out", directory, "--quiet");
        Assert.True(exit == 0, error);
    }

    // The small scenario of the malformed files without its deliberate error: one truck. Written once per test class instance.
    private string Copy()
    {
        if (!File.Exists(_scenario))
        {
            var text = string.Join('\n', File.ReadLines(Scenario).TakeWhile(l => !l.StartsWith('#'))).Replace("count: -1", "count: 1",
                StringComparison.Ordinal);
            File.WriteAllText(_scenario, text);
        }
        return _scenario;
    }

    private static int Child(string point, params string[] args)
    {
        var dll = typeof(Shortfall.Analysis.Commands.ShortfallCli).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", [dll, .. args]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment[FaultInjection.Variable] = point;
        using var child = Process.Start(start)!;
        child.StandardOutput.ReadToEnd();
        child.StandardError.ReadToEnd();
        child.WaitForExit();
        return child.ExitCode;
    }

    private static bool Same(Dictionary<string, byte[]> a, Dictionary<string, byte[]> b) =>
        a.Keys.Order(StringComparer.Ordinal).SequenceEqual(b.Keys.Order(StringComparer.Ordinal)) && a.All(f => f.Value.AsSpan().SequenceEqual(b[f.Key]));
}
