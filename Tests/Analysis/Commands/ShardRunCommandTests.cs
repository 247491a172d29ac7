using Shortfall.Analysis.Commands;
using Shortfall.Analysis.Sharding;

namespace Shortfall.Tests.Analysis.Commands;

public class ShardRunCommandTests
{
    [Fact]
    public void A_shard_writes_only_its_shard_file_and_says_which_replications_it_holds()
    {
        using var directory = new TemporaryDirectory();
        var (exit, output, _) = Cli.Run("run", Cli.Onsong, "--replications", "5", "--shard", "2/2", "--threads", "2", "--out", directory.Path);
        Assert.Equal(0, exit);
        Assert.Equal(["shard-2-of-2.shortfall-shard"], directory.Files());
        Assert.Contains("Shard 2/2: replications 2–4 of 5", output);
        using var reader = ShardReader.Open(directory["shard-2-of-2.shortfall-shard"]);
        Assert.Equal((2L, 3L, 5L), (reader.Header.First, reader.Header.Count, reader.Header.Replications));
        Assert.Equal(["baseline"], reader.Header.Variants.Select(v => v.Name));
        Assert.Equal(ShardFormat.ShortfallVersion, reader.Header.ShortfallVersion);
    }

    [Fact]
    public void Precision_and_shard_exclude_each_other_and_nothing_is_written()
    {
        using var directory = new TemporaryDirectory();
        var (exit, _, error) = Cli.Run("run", Cli.Onsong, "--precision", "0.1", "--shard", "1/2", "--out", directory["parts"]);
        Assert.Equal(2, exit);
        Assert.Contains("--precision and --shard exclude each other", error);
        Assert.False(Directory.Exists(directory["parts"]));
    }

    [Fact]
    public void More_shards_than_replications_is_refused()
    {
        using var directory = new TemporaryDirectory();
        var (exit, _, error) = Cli.Run("run", Cli.Onsong, "--replications", "2", "--shard", "1/3", "--out", directory["parts"]);
        Assert.Equal(2, exit);
        Assert.Contains("2 replications cannot be split into 3 shards", error);
        Assert.False(Directory.Exists(directory["parts"]));
    }

    [Theory]
    [InlineData("0/2")]
    [InlineData("3/2")]
    [InlineData("half")]
    public void A_shard_that_is_not_K_of_N_is_a_usage_error(string shard)
    {
        var (exit, _, error) = Cli.Run("run", Cli.Onsong, "--shard", shard);
        Assert.Equal(2, exit);
        Assert.Contains("--shard", error);
    }

    [Fact]
    public void A_cancelled_shard_leaves_no_file_at_all()
    {
        using var directory = new TemporaryDirectory();
        var parts = directory["parts"];
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        var exit = ShortfallCli.Run(["run", Cli.Onsong, "--replications", "1000000", "--shard", "1/2", "--out", parts, "--quiet"],
            new CommandIO(new StringWriter(), new StringWriter(), Interactive: false, cancel.Token));
        Assert.Equal(130, exit);
        Assert.False(Directory.Exists(parts));
    }
}
