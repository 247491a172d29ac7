using Shortfall.Analysis.Output;
using Shortfall.Tests.Analysis;
using Shortfall.Tests.Analysis.Commands;
using Shortfall.Tests.Reports;

namespace Shortfall.Tests.Integration;

/// <summary>
/// Kills a writer (a 'run' into a directory holding another run's complete set, or a 'plot') at each named point of its commits
/// (<see cref="FaultInjection"/>), as kill -9 would; after each, 'plot' either refuses, naming manifest.json, or leaves exactly
/// the old complete set or the new one, and a rerun gives bytes identical to a clean run.
/// </summary>
public sealed class KilledWriterTests : IDisposable
{
    private readonly TemporaryDirectory _files = new();
    private readonly string _scenario;

    public KilledWriterTests() => _scenario = _files["scenario.yaml"];

    public void Dispose() => _files.Dispose();

    /// <summary>Run (and merge) commit twice, the five results files, then the report: prepared#1 is in the first commit, prepared#2 in
    /// the second, renamed#1 to #5 in the first and renamed#6 on in the second.</summary>
    public static TheoryData<string> RunKillPoints => new()
    {
        "prepared#1", "manifest-removed#1", "renamed#2", "committed#1", "prepared#2", "manifest-removed#2", "renamed#7",
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

        var killed = Killed.Child(point, "run", Copy(), "--replications", "4", "--seed", "2", "--out", target, "--quiet");
        Assert.True(killed != 0, $"the run was not killed at {point}");

        Killed.AssertOldNewOrRefused(target, old, clean, point);

        Run(target, seed: 2);
        Assert.True(Killed.Same(ReportPage.Snapshot(target), ReportPage.Snapshot(clean)), $"the rerun after a kill at {point} differs from a clean run");
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

        Assert.True(Killed.Child(point, "plot", target, "--quiet") != 0, $"the plot was not killed at {point}");
        var (exit, _, error) = Cli.Run("run", Copy(), "--replications", "4", "--seed", "2", "--out", directory["elsewhere"], "--quiet");
        Assert.True(exit == 0, error);

        Assert.Equal(0, Cli.Run("plot", target, "--quiet").Exit);
        Assert.True(Killed.Same(ReportPage.Snapshot(target), ReportPage.Snapshot(clean)), $"the report redrawn after a kill at {point} differs");
    }

    private void Run(string directory, int seed)
    {
        var (exit, _, error) = Cli.Run("run", Copy(), "--replications", "4", "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--out", directory, "--quiet");
        Assert.True(exit == 0, error);
    }

    // The small scenario of the malformed files without its deliberate error: one truck. Written once per test class instance.
    private string Copy() => Killed.Scenario(_scenario);

}
