using Shortfall.Analysis.Sharding;

namespace Shortfall.Tests.Analysis.Sharding;

public class ShardTests
{
    [Theory]
    [InlineData(7, 3)]
    [InlineData(100_000, 50)]
    [InlineData(101, 7)]
    [InlineData(5, 5)]
    public void The_shards_cover_every_replication_once_in_order_with_sizes_differing_by_at_most_one(long replications, int count)
    {
        var ranges = Enumerable.Range(1, count).Select(k => new Shard(k, count).Range(replications)).ToArray();
        Assert.Equal(0, ranges[0].First);
        for (var k = 1; k < count; k++)
        {
            Assert.Equal(ranges[k - 1].First + ranges[k - 1].Count, ranges[k].First);
        }

        Assert.Equal(replications, ranges[^1].First + ranges[^1].Count);
        Assert.True(ranges.Max(r => r.Count) - ranges.Min(r => r.Count) <= 1);
    }

    [Fact]
    public void Seven_replications_in_three_shards_are_two_two_and_three()
    {
        Assert.Equal([(0L, 2L), (2L, 2L), (4L, 3L)], Enumerable.Range(1, 3).Select(k => new Shard(k, 3).Range(7)));
    }

    [Fact]
    public void A_run_with_fewer_replications_than_shards_cannot_be_split()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Shard(1, 4).Range(3));
    }

    [Fact]
    public void The_boundaries_do_not_overflow_for_huge_runs()
    {
        Assert.Equal((long.MaxValue / 2, long.MaxValue - long.MaxValue / 2), new Shard(2, 2).Range(long.MaxValue));
    }

    [Theory]
    [InlineData("3/50", 3, 50)]
    [InlineData("1/1", 1, 1)]
    public void K_slash_N_parses(string text, int number, int count)
    {
        Assert.Equal(new Shard(number, count), Shard.Parse(text));
    }

    [Theory]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("3")]
    [InlineData("1/0")]
    [InlineData("-1/3")]
    [InlineData("1/3/5")]
    [InlineData(" 1/3")]
    public void Anything_else_is_a_format_error(string text)
    {
        Assert.Throws<FormatException>(() => Shard.Parse(text));
    }

    [Fact]
    public void File_names_pad_the_number_so_that_they_sort_in_shard_order()
    {
        Assert.Equal("shard-03-of-50.shortfall-shard", new Shard(3, 50).FileName);
        Assert.Equal("shard-1-of-1.shortfall-shard", new Shard(1, 1).FileName);
        var names = Enumerable.Range(1, 12).Select(k => new Shard(k, 12).FileName).ToArray();
        Assert.Equal(names, names.Order(StringComparer.Ordinal));
    }
}
