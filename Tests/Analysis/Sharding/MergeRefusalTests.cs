using Shortfall.Analysis.Sharding;
using Shortfall.Tests.Analysis.Commands;

namespace Shortfall.Tests.Analysis.Sharding;

/// <summary>Every refusal exits with 2, names the file or shard and the problem, and writes nothing.</summary>
public class MergeRefusalTests(ShardedOnsong onsong) : IClassFixture<ShardedOnsong>
{
    private static string ShardFile(string parts, int number, int count = 3) => Path.Combine(parts, new Shard(number, count).FileName);

    private static void AssertRefused(TemporaryDirectory directory, string[] parts, params string[] fragments)
    {
        var results = directory["results"];
        var (exit, output, error) = Cli.Run(["merge", .. parts, "--out", results]);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, error);
        }

        Assert.False(Directory.Exists(results), "the merge created its output directory");
    }

    [Fact]
    public void A_missing_shard_is_named_with_how_to_complete_the_run()
    {
        using var directory = new TemporaryDirectory();
        var parts = onsong.CopyParts(directory.Path);
        File.Delete(ShardFile(parts, 2));
        AssertRefused(directory, [parts], "1 of the 3 shards", "missing", ": 2/3.", "--shard K/3");
    }

    [Fact]
    public void A_shard_given_twice_names_both_files()
    {
        using var directory = new TemporaryDirectory();
        var parts = onsong.CopyParts(directory.Path);
        var again = onsong.CopyParts(directory.Path, "again");
        File.Delete(ShardFile(again, 1));
        File.Delete(ShardFile(again, 3));
        AssertRefused(directory, [parts, again], ShardFile(again, 2), "is shard 2/3 again, already given by " + ShardFile(parts, 2));
    }

    [Fact]
    public void A_shard_of_another_seed_is_named_with_both_seeds()
    {
        using var directory = new TemporaryDirectory();
        var parts = onsong.CopyParts(directory.Path);
        ShardedOnsong.Succeed(Cli.Run(["run", Cli.Onsong, .. ShardedOnsong.Run(seed: "12"), "--shard", "2/3", "--out", parts]));
        AssertRefused(directory, [parts], ShardFile(parts, 2) + ": does not belong to the run of " + ShardFile(parts, 1), "seed 12, not 11");
    }

    [Fact]
    public void A_shard_of_another_version_of_the_scenario_file_is_named_by_its_hash()
    {
        using var directory = new TemporaryDirectory();
        var parts = onsong.CopyParts(directory.Path);
        var edited = directory["onsong-milk-plant.yaml"];
        File.WriteAllText(edited, File.ReadAllText(Cli.Onsong) + "\n# edited after the other shards ran\n");
        ShardedOnsong.Succeed(Cli.Run(["run", edited, .. ShardedOnsong.Run(), "--shard", "3/3", "--out", parts]));
        AssertRefused(directory, [parts], ShardFile(parts, 3), "with file hash");
    }

    [Fact]
    public void A_shard_of_another_replication_count_is_named_with_both_counts()
    {
        using var directory = new TemporaryDirectory();
        var parts = onsong.CopyParts(directory.Path);
        ShardedOnsong.Succeed(Cli.Run(["run", Cli.Onsong, .. ShardedOnsong.Run(replications: "8"), "--shard", "3/3", "--out", parts]));
        AssertRefused(directory, [parts], ShardFile(parts, 3), "8 replications, not 7");
    }

    [Fact]
    public void A_shard_of_another_split_is_named_with_both_shard_counts()
    {
        using var directory = new TemporaryDirectory();
        var parts = onsong.CopyParts(directory.Path);
        ShardedOnsong.Succeed(Cli.Run(["run", Cli.Onsong, .. ShardedOnsong.Run(), "--shard", "2/4", "--out", parts]));
        AssertRefused(directory, [parts], ShardFile(parts, 1), "4 shards, not 3");
    }

    [Fact]
    public void A_shard_with_other_variants_is_refused()
    {
        using var directory = new TemporaryDirectory();
        var parts = onsong.CopyParts(directory.Path);
        ShardedOnsong.Succeed(Cli.Run(["run", Cli.Onsong, .. ShardedOnsong.Run(), "--variant", "night-shift", "--shard", "1/3", "--out", parts]));
        AssertRefused(directory, [parts], ShardFile(parts, 2), "variants (baseline, second-truck)", "(baseline, second-truck, night-shift)");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(30)]
    [InlineData(200)]
    public void A_truncated_shard_is_named_as_incomplete(int bytesCut)
    {
        using var directory = new TemporaryDirectory();
        var parts = onsong.CopyParts(directory.Path);
        var file = ShardFile(parts, 2);
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, bytes[..^bytesCut]);
        AssertRefused(directory, [parts], file + ": is incomplete", "run the shard again");
    }

    [Fact]
    public void A_shard_with_bytes_appended_is_refused()
    {
        using var directory = new TemporaryDirectory();
        var parts = onsong.CopyParts(directory.Path);
        var file = ShardFile(parts, 1);
        File.AppendAllText(file, "more");
        AssertRefused(directory, [parts], file + ": is incomplete");
    }

    [Fact]
    public void A_shard_with_a_changed_byte_is_named_as_corrupt()
    {
        using var directory = new TemporaryDirectory();
        var parts = onsong.CopyParts(directory.Path);
        var file = ShardFile(parts, 3);
        var bytes = File.ReadAllBytes(file);
        bytes[bytes.Length / 2] ^= 0x10;
        File.WriteAllBytes(file, bytes);
        AssertRefused(directory, [parts], file + ": is corrupt");
    }

    [Fact]
    public void A_file_that_is_not_a_shard_is_named()
    {
        using var directory = new TemporaryDirectory();
        var parts = onsong.CopyParts(directory.Path);
        var file = Path.Combine(parts, new Shard(1, 1).FileName);
        File.WriteAllText(file, "replication,variant\n");
        AssertRefused(directory, [parts], file + ": is not a shortfall shard file");
    }

    [Fact]
    public void A_directory_without_shards_is_named()
    {
        using var directory = new TemporaryDirectory();
        Directory.CreateDirectory(directory["empty"]);
        AssertRefused(directory, [directory["empty"]], directory["empty"] + ": no shard files");
    }

    [Fact]
    public void A_refused_merge_leaves_an_existing_results_directory_as_it_was()
    {
        using var directory = new TemporaryDirectory();
        var parts = onsong.CopyParts(directory.Path);
        File.Delete(ShardFile(parts, 3));
        var results = directory["old"];
        Directory.CreateDirectory(results);
        File.WriteAllText(Path.Combine(results, "summary.json"), "old");
        Assert.Equal(2, Cli.Run("merge", parts, "--out", results).Exit);
        Assert.Equal(["summary.json"], Directory.GetFiles(results).Select(Path.GetFileName));
        Assert.Equal("old", File.ReadAllText(Path.Combine(results, "summary.json")));
    }
}
