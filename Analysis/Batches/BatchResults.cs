using Shortfall.Analysis.Sharding;

namespace Shortfall.Analysis.Batches;

/// <summary>Gathers the results of a batch evaluated in shards: every shard's file must be there and be this batch's, and the results come back in
/// the points' order, shard after shard.</summary>
public static class BatchResults
{
    /// <summary>The results in <paramref name="directory"/> of the <paramref name="shards"/> shards of the batch <paramref name="batch"/> describes (its
    /// shard ignored).</summary>
    /// <param name="directory">Where the shards' result files are.</param>
    /// <param name="batch">The header every result file must carry, but for its shard.</param>
    /// <param name="shards">How many shards the batch was split into.</param>
    /// <param name="codec">The batch kind's codec.</param>
    /// <param name="missingAdvice">Said after the names of missing shards: why they may be missing.</param>
    /// <exception cref="ShardException">When a shard's file is missing (all missing ones are named), damaged, or another batch's.</exception>
    public static TResult[] Collect<TPoint, TResult>(string directory, ResultHeader batch, int shards, IBatchCodec<TPoint, TResult> codec,
        Func<IReadOnlyList<Shard>, string> missingAdvice)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var expected = Enumerable.Range(1, shards).Select(k => batch with { Shard = new Shard(k, shards) }).ToArray();
        var missing = expected.Where(h => !File.Exists(Path.Combine(directory, ResultFile.FileName(h.Shard)))).ToArray();
        if (missing.Length > 0)
        {
            var names = string.Join(", ", missing.Take(10).Select(h => ResultFile.FileName(h.Shard)))
                + (missing.Length > 10 ? $" and {missing.Length - 10} more" : "");
            throw new ShardException($"{missing.Length} of the {shards} result files of {batch.Kind} batch {batch.Batch[..12]}… are missing from " +
                $"{directory}: {names}. {missingAdvice(missing.Select(h => h.Shard).ToArray())}");
        }
        return expected.SelectMany(h => ResultFile.Read(Path.Combine(directory, ResultFile.FileName(h.Shard)), h, codec)).ToArray();
    }
}
