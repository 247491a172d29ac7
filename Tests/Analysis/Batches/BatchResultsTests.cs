using Shortfall.Analysis.Batches;
using Shortfall.Analysis.Calibration;
using Shortfall.Analysis.Sharding;

namespace Shortfall.Tests.Analysis.Batches;

/// <summary>The results of a batch's shards come back in the points' order only when every shard's file is there, whole, and this batch's; else the
/// files at fault are named.</summary>
public sealed class BatchResultsTests
{
    private static readonly AbcPointCodec Codec = new();
    private const int Points = 7;
    private const int Shards = 3;

    private static readonly string Batch = new('b', 64);

    private static ResultHeader Header(Shard shard, string batch) => new(ShardFormat.ShortfallVersion, batch, Codec.Kind, shard, Points);

    // Point i's result: distances (i, i + 0.5), statistic −i.
    private static SimulatedPoint Result(long i) => new([i, i + 0.5], [-i]);

    private static void WriteShard(string directory, int number, string batch, int shards = Shards)
    {
        var shard = new Shard(number, shards);
        var (first, count) = shard.Range(Points);
        var written = ResultFile.Write(directory, Header(shard, batch), Enumerable.Range((int)first, (int)count).Select(i => Result(i)).ToArray(), Codec);
        // A shard of another split is put where this split's shard of that number belongs.
        File.Move(written, Path.Combine(directory, ResultFile.FileName(new Shard(number, Shards))), overwrite: true);
    }

    private static SimulatedPoint[] Collect(string directory) =>
        BatchResults.Collect(directory, Header(new Shard(1, Shards), Batch), Shards, Codec, missing => $"(advice for {missing.Count})");

    [Fact]
    public void Every_shard_there_gives_every_result_in_the_points_order()
    {
        using var directory = new TemporaryDirectory();
        for (var k = 1; k <= Shards; k++)
        {
            WriteShard(directory.Path, k, Batch);
        }

        var results = Collect(directory.Path);

        Assert.Equal(Points, results.Length);
        for (var i = 0; i < Points; i++)
        {
            Assert.Equal(Result(i).Distances, results[i].Distances);
            Assert.Equal(Result(i).Statistics, results[i].Statistics);
        }
    }

    [Fact]
    public void Missing_shards_are_refused_by_their_file_names()
    {
        using var directory = new TemporaryDirectory();
        WriteShard(directory.Path, 2, Batch);

        var refusal = Assert.Throws<ShardException>(() => Collect(directory.Path));

        Assert.Contains($"2 of the 3 result files of calibrate batch {Batch[..12]}… are missing from {directory.Path}", refusal.Message);
        Assert.Contains("shard-1-of-3.shortfall-results, shard-3-of-3.shortfall-results. (advice for 2)", refusal.Message);
    }

    [Fact]
    public void A_shard_of_another_batch_is_refused_by_name()
    {
        using var directory = new TemporaryDirectory();
        WriteShard(directory.Path, 1, Batch);
        WriteShard(directory.Path, 2, new string('c', 64));
        WriteShard(directory.Path, 3, Batch);

        var refusal = Assert.Throws<ShardException>(() => Collect(directory.Path));

        Assert.StartsWith(directory["shard-2-of-3.shortfall-results"] + ": is not shard 2/3 of this batch", refusal.Message);
        Assert.Contains("it holds results of batch cccccccccccc…", refusal.Message);
    }

    [Fact]
    public void A_shard_of_another_split_of_the_same_batch_is_refused_by_name()
    {
        using var directory = new TemporaryDirectory();
        WriteShard(directory.Path, 1, Batch);
        WriteShard(directory.Path, 2, Batch, shards: 4);
        WriteShard(directory.Path, 3, Batch);

        var refusal = Assert.Throws<ShardException>(() => Collect(directory.Path));

        Assert.StartsWith(directory["shard-2-of-3.shortfall-results"] + ": is not shard 2/3", refusal.Message);
        Assert.Contains("it is shard 2/4 of 7 points", refusal.Message);
    }

    [Fact]
    public void A_damaged_shard_is_refused_by_name()
    {
        using var directory = new TemporaryDirectory();
        for (var k = 1; k <= Shards; k++)
        {
            WriteShard(directory.Path, k, Batch);
        }
        var damaged = directory["shard-3-of-3.shortfall-results"];
        File.AppendAllText(damaged, "more");

        var refusal = Assert.Throws<ShardException>(() => Collect(directory.Path));

        Assert.StartsWith(damaged + ": is incomplete", refusal.Message);
        Assert.Contains("run the batch's job array again", refusal.Message);
    }
}
