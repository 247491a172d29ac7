using System.Reflection;

namespace Shortfall.Analysis.Sharding;

/// <summary>
/// The layout of a shard file, version 4 (2 added the fidelity figures of the results, 3 the people, materials and carriers of each variant, 4 the
/// scenario's currency and units, and each swept input's label): a
/// file of frames (<see cref="FrameFormat"/>) named "shortfall-shard" whose frames are the header (<see cref="ShardHeader"/>), one frame per
/// replication of the shard in index order (every variant's <see cref="Shortfall.Model.Results.ReplicationResult"/>, see
/// <see cref="ReplicationResultCodec"/>), and the trailer (the word "end" and the number of replications).
/// </summary>
public static class ShardFormat
{
    /// <summary>The container's name, version and wording.</summary>
    public static readonly FrameFormat Frames = new("shortfall-shard", 4, "shard", "run the shard again");

    /// <summary>The file name extension of shard files.</summary>
    public static string Extension => Frames.Extension;

    /// <summary>The pattern that matches shard file names in a parts directory (not the hidden temporary files of unfinished shards).</summary>
    public static string SearchPattern => Shard.SearchPattern(Extension);

    /// <summary>The word that opens the trailer frame.</summary>
    public const string TrailerWord = "end";

    /// <summary>This build's version (with its commit), recorded in every shard and batch: shards merge, and batches run, only with the same build.
    /// </summary>
    public static string ShortfallVersion { get; } =
        typeof(ShardFormat).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ShardFormat).Assembly.GetName().Version?.ToString()
        ?? "unknown";
}
