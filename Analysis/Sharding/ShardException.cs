namespace Shortfall.Analysis.Sharding;

/// <summary>Shards that cannot be merged: a file that is not a complete shard, or a set of shards that is not one whole run. The message names the file or
/// shard and the problem.</summary>
public sealed class ShardException(string message) : Exception(message)
{
    /// <summary>A problem with the file <paramref name="path"/>.</summary>
    public static ShardException InFile(string path, string problem) => new($"{path}: {problem}");
}
