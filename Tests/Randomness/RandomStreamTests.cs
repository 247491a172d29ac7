using Shortfall.Randomness;

namespace Shortfall.Tests.Randomness;

public sealed class RandomStreamTests
{
    private static ulong[] Words(RandomStream random, int count) =>
        Enumerable.Range(0, count).Select(_ => random.NextUInt64()).ToArray();

    [Fact]
    public void The_same_seed_gives_the_same_sequence()
    {
        Assert.Equal(Words(new RandomStream(12345), 1000), Words(new RandomStream(12345), 1000));
    }

    [Fact]
    public void Neighbouring_seeds_give_different_sequences()
    {
        Assert.NotEqual(Words(new RandomStream(12345), 10), Words(new RandomStream(12346), 10));
    }

    [Theory]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(1000)]
    public void NextInt_hits_every_value_equally_often_by_a_chi_square_test(int bound)
    {
        var random = new RandomStream(99);
        var counts = new long[bound];
        var draws = 200 * bound + 100_000;
        for (var i = 0; i < draws; i++)
        {
            counts[random.NextInt(bound)]++;
        }
        SampleChecks.ChiSquareAccepts(counts, Enumerable.Repeat(1.0 / bound, bound).ToArray());
    }

    [Fact]
    public void NextInt_with_a_large_bound_is_unbiased_across_the_range()
    {
        // With bound = 3·2^29, a 32-bit modulo would give the lower two thirds 1.5 times the weight of the last.
        const int bound = 3 << 29;
        var random = new RandomStream(100);
        var thirds = new long[3];
        for (var i = 0; i < 300_000; i++)
        {
            var value = random.NextInt(bound);
            Assert.InRange(value, 0, bound - 1);
            thirds[value / (1 << 29)]++;
        }
        SampleChecks.ChiSquareAccepts(thirds, [1.0 / 3, 1.0 / 3, 1.0 / 3]);
    }

    [Fact]
    public void NextInt_of_one_is_always_zero()
    {
        var random = new RandomStream(1);
        Assert.All(Enumerable.Range(0, 100), _ => Assert.Equal(0, random.NextInt(1)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void NextInt_rejects_a_bound_that_is_not_positive(int bound)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RandomStream(1).NextInt(bound));
    }

    [Fact]
    public void NextDouble_stays_in_the_half_open_unit_interval_and_NextOpenDouble_above_zero()
    {
        var random = new RandomStream(4);
        for (var i = 0; i < 100_000; i++)
        {
            var closedBelow = random.NextDouble();
            Assert.True(closedBelow >= 0 && closedBelow < 1);
            var openBelow = random.NextOpenDouble();
            Assert.True(openBelow > 0 && openBelow <= 1);
        }
    }
}
