using Shortfall.Analysis.Output;
using Shortfall.Analysis.Sharding;
using Shortfall.Tests.Analysis.Commands;

namespace Shortfall.Tests.Analysis.Sharding;

public class MergeTests(ShardedOnsong onsong) : IClassFixture<ShardedOnsong>
{
    [Fact]
    public void Shards_run_in_any_order_on_different_thread_counts_merge_into_files_byte_identical_to_the_unsharded_run()
    {
        using var directory = new TemporaryDirectory();
        var (exit, output, error) = Cli.Run("merge", onsong.Parts, "--out", directory["merged"], "--quiet");
        Assert.True(exit == 0, error);
        Assert.Equal("", output);
        onsong.AssertSameAsWhole(directory["merged"]);
    }

    [Fact]
    public void Shards_given_as_files_from_several_directories_merge_the_same()
    {
        using var directory = new TemporaryDirectory();
        var files = Directory.GetFiles(onsong.Parts).Order(StringComparer.Ordinal).ToArray();
        Directory.CreateDirectory(directory["b"]);
        File.Copy(files[1], Path.Combine(directory["b"], Path.GetFileName(files[1])));
        ShardedOnsong.Succeed(Cli.Run("merge", files[2], directory["b"], files[0], "--out", directory["merged"], "--quiet"));
        onsong.AssertSameAsWhole(directory["merged"]);
    }

    [Fact]
    public void Running_just_the_missing_shard_again_completes_the_merge()
    {
        using var directory = new TemporaryDirectory();
        var parts = onsong.CopyParts(directory.Path);
        File.Delete(Path.Combine(parts, new Shard(2, 3).FileName));
        Assert.Equal(2, Cli.Run("merge", parts, "--out", directory["merged"]).Exit);
        ShardedOnsong.Succeed(Cli.Run(["run", Cli.Onsong, .. ShardedOnsong.Run(), "--shard", "2/3", "--out", parts]));
        ShardedOnsong.Succeed(Cli.Run("merge", parts, "--out", directory["merged"], "--quiet"));
        onsong.AssertSameAsWhole(directory["merged"]);
    }

    [Fact]
    public void A_merge_prints_the_summary_table_of_the_run()
    {
        using var directory = new TemporaryDirectory();
        var (exit, output, _) = Cli.Run("merge", onsong.Parts, "--out", directory["merged"]);
        Assert.Equal(0, exit);
        Assert.Contains("Onsong milk plant: 7 replications", output);
        Assert.Contains("second-truck", output);
    }

    [Fact]
    public void A_shard_file_is_small_next_to_the_rows_it_replaces()
    {
        // 7 replications of two variants; the destination-month rows alone take about 3.4 kB per replication and variant as CSV.
        using var merged = new TemporaryDirectory();
        ShardedOnsong.Succeed(Cli.Run("merge", onsong.Parts, "--out", merged.Path, "--format", "csv", "--no-report", "--quiet"));
        var shards = Directory.GetFiles(onsong.Parts).Sum(f => new FileInfo(f).Length);
        var rows = new FileInfo(merged[DestinationMonthsTable.CsvFileName]).Length;
        Assert.True(shards * 5 < rows, $"shards {shards} bytes, destination-months.csv {rows} bytes");
    }
}
