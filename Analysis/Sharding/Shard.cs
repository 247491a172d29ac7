using System.Globalization;

namespace Shortfall.Analysis.Sharding;

/// <summary>
/// Shard <see cref="Number"/> of <see cref="Count"/> of a run: a contiguous block of replication
/// indices. Of R replications, shard K of N owns [⌊(K − 1)·R / N⌋, ⌊K·R / N⌋), so the shards
/// cover 0 … R − 1 in order, each index exactly once, and their sizes differ by at most one.
/// </summary>
public readonly record struct Shard
{
    /// <summary>Shard <paramref name="number"/> of <paramref name="count"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="count"/> is not positive or <paramref name="number"/> is outside 1 …
    /// count.</exception>
    public Shard(int number, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, count);
        Number = number;
        Count = count;
    }

    /// <summary>K, from 1.</summary>
    public int Number { get; }

    /// <summary>N, the number of shards of the run.</summary>
    public int Count { get; }

    /// <summary>The name of the shard's file in a parts directory, e.g. shard-03-of-50.shortfall-shard: K zero-padded to the width of N, so that names sort in
    /// shard order.</summary>
    public string FileName => FileNameWith(ShardFormat.Extension);

    /// <summary>The name of this shard's file with the extension <paramref name="extension"/> (with its dot), e.g. shard-03-of-50.shortfall-results.
    /// </summary>
    public string FileNameWith(string extension)
    {
        var width = Count.ToString(CultureInfo.InvariantCulture).Length;
        var number = Number.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
        return $"shard-{number}-of-{Count.ToString(CultureInfo.InvariantCulture)}{extension}";
    }

    /// <summary>The pattern that matches the names <see cref="FileNameWith"/> gives (not the hidden temporary files of unfinished ones).</summary>
    public static string SearchPattern(string extension) => "shard-*-of-*" + extension;

    /// <summary>Parses "K/N", e.g. "3/50".</summary>
    /// <exception cref="FormatException">When the text is not two integers K/N with 1 ≤ K ≤ N.</exception>
    public static Shard Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            throw new FormatException($"'{text}' is not a shard K/N, e.g. 3/50.");
        }

        if (count < 1 || number < 1 || number > count)
        {
            throw new FormatException($"shard '{text}': K must be between 1 and N, and N at least 1.");
        }

        return new Shard(number, count);
    }

    /// <summary>The first replication index and the number of replications this shard owns, of <paramref name="replications"/> in all.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When there are fewer replications than shards, which would leave a shard empty.</exception>
    public (long First, long Count) Range(long replications)
    {
        if (replications < Count)
        {
            throw new ArgumentOutOfRangeException(nameof(replications), replications, $"{replications} replications cannot be split into {Count} shards: " +
                $"every shard needs at least one.");
        }

        var first = Boundary(Number - 1, replications);
        return (first, Boundary(Number, replications) - first);
    }

    /// <summary>"K/N".</summary>
    public override string ToString() => $"{Number}/{Count}";

    private long Boundary(int shards, long replications) => (long)((Int128)shards * replications / Count);
}
