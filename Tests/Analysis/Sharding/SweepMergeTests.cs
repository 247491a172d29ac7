using Shortfall.Analysis.Sharding;
using Shortfall.Tests.Analysis.Commands;

namespace Shortfall.Tests.Analysis.Sharding;

public class SweepMergeTests
{
    private static readonly string[] Sweep =
        ["--param", "carriers.truck.count=1:2", "--param", "allocations[3].quantity=400 L:1200 L:3", "--replications", "5", "--seed", "3", "--quiet"];

    private static string[] Files(string directory) =>
        Directory.GetFiles(directory, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(directory, f)).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void The_shards_of_a_sweep_run_in_any_order_merge_into_its_files_and_report_byte_for_byte()
    {
        using var directory = new TemporaryDirectory();
        ShardedOnsong.Succeed(Cli.Run(["sweep", Cli.Onsong, .. Sweep, "--out", directory["whole"]]));
        foreach (var (shard, threads) in new[] { (2, "2"), (3, "1"), (1, "1") })
        {
            ShardedOnsong.Succeed(Cli.Run(["sweep", Cli.Onsong, .. Sweep, "--threads", threads, "--shard", $"{shard}/3", "--out", directory["parts"]]));
        }

        ShardedOnsong.Succeed(Cli.Run("merge", directory["parts"], "--out", directory["merged"], "--quiet"));

        var expected = Files(directory["whole"]);
        Assert.Contains("sweep.json", expected);
        Assert.Contains("report.html", expected);
        Assert.Equal(expected, Files(directory["merged"]));
        foreach (var name in expected)
        {
            var whole = File.ReadAllBytes(Path.Combine(directory["whole"], name));
            Assert.True(whole.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(directory["merged"], name))), $"{name} differs");
        }
    }

    [Fact]
    public void A_shard_of_a_run_does_not_merge_with_the_shards_of_a_sweep()
    {
        using var directory = new TemporaryDirectory();
        ShardedOnsong.Succeed(Cli.Run(["sweep", Cli.Onsong, .. Sweep, "--shard", "1/2", "--out", directory["parts"]]));
        ShardedOnsong.Succeed(Cli.Run(["run", Cli.Onsong, "--replications", "5", "--seed", "3", "--quiet", "--shard", "2/2", "--out", directory["parts"]]));
        var (exit, _, error) = Cli.Run("merge", directory["parts"], "--out", directory["merged"]);
        Assert.Equal(2, exit);
        Assert.Contains(new Shard(1, 2).FileName, error);
        Assert.False(Directory.Exists(directory["merged"]));
    }
}
