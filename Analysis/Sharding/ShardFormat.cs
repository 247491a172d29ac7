using System.Reflection;
using System.Text;

namespace Shortfall.Analysis.Sharding;

/// <summary>
/// The layout of a shard file, version 4 (2 added the fidelity figures of the results, 3 the people, materials and carriers of each variant, 4 the
/// scenario's currency and units, and each swept input's label). The file starts
/// with the line "shortfall-shard 1\n"
/// (format and version, readable with <c>head -1</c>); the rest is one gzip stream of frames,
/// each a 7-bit-encoded length and that many bytes:
/// the header (<see cref="ShardHeader"/>), one frame per replication of the shard in index order
/// (every variant's <see cref="Shortfall.Model.Results.ReplicationResult"/>, see
/// <see cref="ReplicationResultCodec"/>), and the trailer (the word "end" and the number of
/// replications), then the SHA-256 of all frames' contents, and nothing after it in the gzip
/// stream. The file ends with the line "shortfall-shard-end L\n", L the gzip stream's length in
/// bytes as 16 hex digits, after a newline: a reader checks it against the file's length before
/// anything else, so a file cut short anywhere, or with anything appended, fails to read, and a
/// changed byte fails the checksum.
/// </summary>
public static class ShardFormat
{
    /// <summary>The file name extension of shard files.</summary>
    public const string Extension = ".shortfall-shard";

    /// <summary>The pattern that matches shard file names in a parts directory (not the hidden temporary files of unfinished shards).</summary>
    public const string SearchPattern = "shard-*-of-*" + Extension;

    /// <summary>The version of the layout this build writes and reads.</summary>
    public const int Version = 4;

    /// <summary>The first line's prefix, before the version.</summary>
    public const string MagicPrefix = "shortfall-shard ";

    /// <summary>The word that opens the trailer frame.</summary>
    public const string TrailerWord = "end";

    /// <summary>The last line's prefix, before the gzip stream's length.</summary>
    public const string EndPrefix = "\nshortfall-shard-end ";

    /// <summary>The length of the end line, with the newline before it.</summary>
    public static int EndLength => EndPrefix.Length + 16 + 1;

    /// <summary>The longest frame a reader accepts; a longer length means a corrupt file.</summary>
    public const int MaximumFrameLength = 1 << 28;

    /// <summary>The first line, as bytes.</summary>
    public static byte[] Magic => Encoding.ASCII.GetBytes($"{MagicPrefix}{Version}\n");

    /// <summary>The end line for a gzip stream of <paramref name="bodyLength"/> bytes, as bytes.</summary>
    public static byte[] End(long bodyLength) =>
        Encoding.ASCII.GetBytes(EndPrefix + bodyLength.ToString("x16", System.Globalization.CultureInfo.InvariantCulture) + "\n");

    /// <summary>This build's version (with its commit), recorded in every shard: shards merge only with shards of the same build.</summary>
    public static string ShortfallVersion { get; } =
        typeof(ShardFormat).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ShardFormat).Assembly.GetName().Version?.ToString()
        ?? "unknown";
}
