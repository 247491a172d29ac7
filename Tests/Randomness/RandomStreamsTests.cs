using Shortfall.Randomness;

namespace Shortfall.Tests.Randomness;

public sealed class RandomStreamsTests
{
    private static ulong[] Words(RandomStream random) =>
        Enumerable.Range(0, 100).Select(_ => random.NextUInt64()).ToArray();

    [Fact]
    public void The_same_seed_replication_and_name_give_identical_streams()
    {
        var first = new RandomStreams(7, 3).Stream("power");
        var second = new RandomStreams(7, 3).Stream("power");
        Assert.Equal(Words(first), Words(second));
    }

    [Theory]
    [InlineData(8ul, 3L, "power")]
    [InlineData(7ul, 4L, "power")]
    [InlineData(7ul, 3L, "powers")]
    [InlineData(7ul, 3L, "truck")]
    public void A_different_seed_replication_or_name_gives_a_different_stream(ulong seed, long replication, string name)
    {
        var reference = new RandomStreams(7, 3).Stream("power");
        var other = new RandomStreams(seed, replication).Stream(name);
        Assert.NotEqual(Words(reference), Words(other));
    }

    [Fact]
    public void Adding_a_stream_does_not_change_another_streams_draws()
    {
        var alone = Words(new RandomStreams(7, 3).Stream("power"));

        var streams = new RandomStreams(7, 3);
        var truck = streams.Stream("truck");
        _ = truck.NextUInt64();
        var power = streams.Stream("power");
        _ = streams.Stream("parents").NextUInt64();

        Assert.Equal(alone, Words(power));
    }

    [Fact]
    public void Stream_seeds_are_distinct_across_many_names_and_replications()
    {
        var seeds = new HashSet<ulong>();
        for (var replication = 0L; replication < 100; replication++)
        {
            foreach (var name in new[] { "power", "truck", "truck-1", "truck-2", "soybeans", "sugar" })
            {
                Assert.True(seeds.Add(RandomStreams.StreamSeed(7, replication, name)));
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void A_stream_needs_a_name(string? name)
    {
        Assert.ThrowsAny<ArgumentException>(() => new RandomStreams(7, 3).Stream(name!));
    }
}
