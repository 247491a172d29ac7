using System.Globalization;
using System.Text;

namespace Shortfall.Analysis.Sharding;

/// <summary>
/// The container of shortfall's binary files (shards of a run, batches of simulation points and their results): the line "NAME VERSION\n"
/// (readable with <c>head -1</c>); one gzip stream of frames, each a 7-bit-encoded length and that many bytes, then the SHA-256 of all frames'
/// contents and nothing after it in the gzip stream; and the line "NAME-end L\n", L the gzip stream's length in bytes as 16 hex digits, after a
/// newline. A reader checks the end line against the file's length before anything else, so a file cut short anywhere, or with anything appended,
/// fails to read, and a changed byte fails the checksum. What the frames hold is each file's own business.
/// </summary>
/// <param name="Name">The format's name, e.g. "shortfall-shard"; also the file name extension after a dot.</param>
/// <param name="Version">The version of the frames' layout this build writes and reads.</param>
/// <param name="Noun">What one file is called in messages, e.g. "shard".</param>
/// <param name="Remedy">What to do about a damaged file, e.g. "run the shard again".</param>
public sealed record FrameFormat(string Name, int Version, string Noun, string Remedy)
{
    /// <summary>The longest frame a reader accepts; a longer length means a corrupt file.</summary>
    public const int MaximumFrameLength = 1 << 28;

    /// <summary>The file name extension, with its dot.</summary>
    public string Extension => "." + Name;

    /// <summary>The first line's prefix, before the version.</summary>
    public string MagicPrefix => Name + " ";

    /// <summary>The first line, as bytes.</summary>
    public byte[] Magic => Encoding.ASCII.GetBytes($"{MagicPrefix}{Version.ToString(CultureInfo.InvariantCulture)}\n");

    /// <summary>The last line's prefix, with the newline before it, before the gzip stream's length.</summary>
    public string EndPrefix => $"\n{Name}-end ";

    /// <summary>The length of the end line, with the newline before it.</summary>
    public int EndLength => EndPrefix.Length + 16 + 1;

    /// <summary>The end line for a gzip stream of <paramref name="bodyLength"/> bytes, as bytes.</summary>
    public byte[] End(long bodyLength) => Encoding.ASCII.GetBytes(EndPrefix + bodyLength.ToString("x16", CultureInfo.InvariantCulture) + "\n");
}
