namespace Shortfall.Randomness;

/// <summary>
/// The random streams of one replication. Each named stream depends only on
/// (seed, replication, name): adding a component with a stream of its own shifts no other
/// component's draws, which is what lets scenario variants share common random numbers.
/// </summary>
public sealed class RandomStreams
{
    /// <summary>Creates the stream family of replication <paramref name="replication"/> of a run seeded with <paramref name="seed"/>.</summary>
    public RandomStreams(ulong seed, long replication)
    {
        Seed = seed;
        Replication = replication;
    }

    /// <summary>The run's seed.</summary>
    public ulong Seed { get; }

    /// <summary>The replication index, the same for every variant of a scenario.</summary>
    public long Replication { get; }

    /// <summary>A new stream for <paramref name="name"/>; asking twice for a name gives two streams that draw the same numbers.</summary>
    public RandomStream Stream(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new RandomStream(StreamSeed(Seed, Replication, name));
    }

    /// <summary>The 64-bit seed of a named stream: seed, replication and a stable hash of the name, mixed.</summary>
    public static ulong StreamSeed(ulong seed, long replication, string name)
    {
        var h = SplitMix64.Mix(seed ^ 0x5DEECE66DUL);
        h = SplitMix64.Mix(h ^ (ulong)replication);
        return SplitMix64.Mix(h ^ StableHash(name));
    }

    /// <summary>FNV-1a over the UTF-16 code units: stable across processes and .NET versions, unlike string.GetHashCode.</summary>
    private static ulong StableHash(string text)
    {
        var hash = 0xCBF29CE484222325UL;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 0x100000001B3UL;
        }
        return hash;
    }
}
