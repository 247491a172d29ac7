using System.Globalization;
using Shortfall.Tests.Analysis;
using Shortfall.Tests.Analysis.Commands;
using Shortfall.Tests.Reports;

namespace Shortfall.Tests.Integration;

/// <summary>
/// 'merge' and 'sweep' killed at each named point of their two commits (results, then the report), into a directory holding another
/// run's complete set: 'plot' then refuses or sees the old set or the new one, and running the command again gives the bytes of a
/// clean run.
/// </summary>
public sealed class KilledMergeAndSweepTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public KilledMergeAndSweepTests() => Killed.Scenario(_directory["scenario.yaml"]);

    public void Dispose() => _directory.Dispose();

    /// <summary>A sweep's first commit holds sweep.json and sweep.csv (renamed#1, #2); its second the report (renamed#3 on).</summary>
    public static TheoryData<string> SweepKillPoints => new()
    {
        "prepared#1", "manifest-removed#1", "renamed#1", "committed#1", "prepared#2", "manifest-removed#2", "renamed#4",
    };

    [Theory]
    [MemberData(nameof(KilledWriterTests.RunKillPoints), MemberType = typeof(KilledWriterTests))]
    public void A_merge_killed_at_any_point_leaves_the_old_set_the_new_one_or_a_refusal_and_a_rerun_gives_the_clean_bytes(string point)
    {
        var parts = _directory["parts"];
        foreach (var shard in new[] { "1/2", "2/2" })
        {
            Succeed(Cli.Run(["run", Scenario, .. Run(2), "--shard", shard, "--out", parts]));
        }
        var (old, clean, target) = (_directory["old"], _directory["clean"], _directory["target"]);
        Succeed(Cli.Run(["run", Scenario, .. Run(1), "--out", old]));
        Succeed(Cli.Run("merge", parts, "--out", clean, "--quiet"));
        Succeed(Cli.Run(["run", Scenario, .. Run(1), "--out", target]));

        Assert.True(Killed.Child(point, "merge", parts, "--out", target, "--quiet") != 0, $"the merge was not killed at {point}");
        Killed.AssertOldNewOrRefused(target, old, clean, point);

        Succeed(Cli.Run("merge", parts, "--out", target, "--quiet"));
        Assert.True(Killed.Same(ReportPage.Snapshot(target), ReportPage.Snapshot(clean)), $"the merge after a kill at {point} differs from a clean one");
    }

    [Theory]
    [MemberData(nameof(SweepKillPoints))]
    public void A_sweep_killed_at_any_point_leaves_the_old_set_the_new_one_or_a_refusal_and_a_rerun_gives_the_clean_bytes(string point)
    {
        var (old, clean, target) = (_directory["old"], _directory["clean"], _directory["target"]);
        Succeed(Cli.Run(Sweep(1, old)));
        Succeed(Cli.Run(Sweep(2, clean)));
        Succeed(Cli.Run(Sweep(1, target)));

        Assert.True(Killed.Child(point, Sweep(2, target)) != 0, $"the sweep was not killed at {point}");
        Killed.AssertOldNewOrRefused(target, old, clean, point);

        Succeed(Cli.Run(Sweep(2, target)));
        Assert.True(Killed.Same(ReportPage.Snapshot(target), ReportPage.Snapshot(clean)), $"the sweep after a kill at {point} differs from a clean one");
    }

    private string Scenario => _directory["scenario.yaml"];

    private static string[] Run(int seed) => ["--replications", "4", "--seed", seed.ToString(CultureInfo.InvariantCulture), "--quiet"];

    private string[] Sweep(int seed, string directory) =>
        ["sweep", Scenario, "--param", "carriers.truck.count=1:2", "--replications", "2", "--seed", seed.ToString(CultureInfo.InvariantCulture), "--out",
            directory, "--quiet"];

    private static void Succeed((int Exit, string Output, string Error) run) => Assert.True(run.Exit == 0, run.Error);
}
