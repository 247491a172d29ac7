using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Shortfall.Model.Results;

namespace Shortfall.Analysis.Sharding;

/// <summary>
/// Reads a shard file (<see cref="ShardFormat"/>) front to back: the header on opening, then each
/// replication, then <see cref="ReadEnd"/>, which checks the trailer, the checksum and that
/// nothing follows. Every failure is a <see cref="ShardException"/> naming the file.
/// </summary>
public sealed class ShardReader : IDisposable
{
    private readonly FileStream _file;
    private readonly GZipStream _body;
    private readonly BinaryReader _frames;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _read;

    private ShardReader(string path, FileStream file)
    {
        Path = path;
        _file = file;
        var bodyLength = CheckEnd(path, file);
        _body = new GZipStream(new StreamWindow(_file, bodyLength), CompressionMode.Decompress);
        _frames = new BinaryReader(_body, Encoding.UTF8);
        Header = Guard("in its header", () => ShardHeader.Read(NextFrame()));
    }

    /// <summary>The file, as given.</summary>
    public string Path { get; }

    /// <summary>The shard's header.</summary>
    public ShardHeader Header { get; }

    /// <summary>Opens <paramref name="path"/> and reads its header.</summary>
    /// <exception cref="ShardException">When the file cannot be read, is not a shard file, has another format version, or its header is cut short or
    /// corrupt.</exception>
    public static ShardReader Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw ShardException.InFile(path, $"cannot be read: {e.Message}");
        }
        try
        {
            CheckMagic(path, file);
            return new ShardReader(path, file);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Reads the whole file and checks it, as a merge does before writing anything.</summary>
    /// <returns>The shard's header.</returns>
    /// <exception cref="ShardException">When the file is not a complete, intact shard.</exception>
    public static ShardHeader Verify(string path)
    {
        using var reader = Open(path);
        for (var i = 0; i < reader.Header.Count; i++)
        {
            reader.ReadReplication();
        }

        reader.ReadEnd();
        return reader.Header;
    }

    /// <summary>The next replication's results, one per variant in the header's order.</summary>
    /// <exception cref="ShardException">When the file ends, is corrupt, or the shard's replications are all read.</exception>
    public ReplicationResult[] ReadReplication()
    {
        if (_read == Header.Count)
        {
            throw ShardException.InFile(Path, $"has only {Header.Count} replications.");
        }

        var expected = Header.First + _read;
        var results = Guard($"after {_read} of its {Header.Count} replications", () =>
        {
            var frame = NextFrame();
            var variants = new ReplicationResult[Header.Variants.Count];
            for (var v = 0; v < variants.Length; v++)
            {
                variants[v] = ReplicationResultCodec.Read(frame);
                if (variants[v].Replication != expected)
                {
                    throw new InvalidDataException($"replication {variants[v].Replication} where replication {expected} belongs.");
                }
            }
            EndOfFrame(frame);
            return variants;
        });
        _read++;
        return results;
    }

    /// <summary>Reads the trailer after the last replication and checks the checksum and that the file ends there.</summary>
    /// <exception cref="ShardException">When it does not.</exception>
    public void ReadEnd()
    {
        if (_read != Header.Count)
        {
            throw new InvalidOperationException($"{_read} of {Header.Count} replications of {Path} were read before its end.");
        }

        Guard("in its trailer", () =>
        {
            var frame = NextFrame();
            var word = frame.ReadString();
            var count = frame.ReadInt64();
            EndOfFrame(frame);
            if (word != ShardFormat.TrailerWord || count != Header.Count)
            {
                throw new InvalidDataException($"the trailer says '{word}' and {count} replications, not '{ShardFormat.TrailerWord}' and {Header.Count}.");
            }

            var expected = _hash.GetHashAndReset();
            var stored = _frames.ReadBytes(expected.Length);
            if (stored.Length < expected.Length)
            {
                throw new EndOfStreamException();
            }

            if (!stored.AsSpan().SequenceEqual(expected))
            {
                throw new InvalidDataException("the SHA-256 checksum does not match the content.");
            }

            if (_body.ReadByte() >= 0)
            {
                throw new InvalidDataException("bytes follow the checksum.");
            }

            return true;
        });
    }

    /// <summary>Closes the file.</summary>
    public void Dispose()
    {
        _frames.Dispose();
        _body.Dispose();
        _file.Dispose();
        _hash.Dispose();
    }

    // Checks the end line against the file's length; returns the gzip stream's length. Leaves the position where it was.
    private static long CheckEnd(string path, FileStream file)
    {
        var start = file.Position;
        var end = new byte[ShardFormat.EndLength];
        var ok = file.Length - start >= end.Length;
        if (ok)
        {
            file.Position = file.Length - end.Length;
            file.ReadExactly(end);
            file.Position = start;
        }
        var text = System.Text.Encoding.ASCII.GetString(end);
        if (!ok || !text.StartsWith(ShardFormat.EndPrefix, StringComparison.Ordinal) || text[^1] != '\n'
            || !long.TryParse(text.AsSpan(ShardFormat.EndPrefix.Length, 16), System.Globalization.NumberStyles.AllowHexSpecifier,
                System.Globalization.CultureInfo.InvariantCulture, out var length))
        {
            throw ShardException.InFile(path,
                "is incomplete: it does not end with its end line (a shard killed while it was written, a partial copy, or bytes appended); run the shard " +
                    "again.");
        }

        if (length != file.Length - start - end.Length)
        {
            throw ShardException.InFile(path, $"is incomplete: its end line gives {length} bytes of content, but it has {file.Length - start - end.Length} " +
                $"(a partial copy, or bytes cut out or added); run the shard again.");
        }

        return length;
    }

    // Leaves the stream just after the first line.
    private static void CheckMagic(string path, FileStream file)
    {
        var magic = ShardFormat.Magic;
        var bytes = new byte[magic.Length];
        var read = file.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        if (bytes.AsSpan(0, read).SequenceEqual(magic))
        {
            return;
        }

        var line = Encoding.ASCII.GetString(bytes, 0, read);
        if (!line.StartsWith(ShardFormat.MagicPrefix, StringComparison.Ordinal))
        {
            throw ShardException.InFile(path, "is not a shortfall shard file.");
        }

        var version = line[ShardFormat.MagicPrefix.Length..].Split('\n')[0];
        throw ShardException.InFile(path, $"is shard format version '{version}'; this shortfall reads version {ShardFormat.Version}.");
    }

    private BinaryReader NextFrame()
    {
        var length = _frames.Read7BitEncodedInt();
        if (length < 0 || length > ShardFormat.MaximumFrameLength)
        {
            throw new InvalidDataException($"a frame of {length} bytes.");
        }

        var content = _frames.ReadBytes(length);
        if (content.Length < length)
        {
            throw new EndOfStreamException();
        }

        _hash.AppendData(content);
        return new BinaryReader(new MemoryStream(content, writable: false), Encoding.UTF8);
    }

    private static void EndOfFrame(BinaryReader frame)
    {
        if (frame.BaseStream.Position != frame.BaseStream.Length)
        {
            throw new InvalidDataException($"{frame.BaseStream.Length - frame.BaseStream.Position} unread bytes at the end of a frame.");
        }
    }

    // Turns what a damaged file throws into a message that names the file and where it broke. The
    // end line has already matched the file's length, so a file cut short never gets here: data
    // that ends early was damaged, not truncated.
    private T Guard<T>(string where, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (EndOfStreamException)
        {
            throw ShardException.InFile(Path, $"is corrupt {where}: its data ends early, though the file has the length its end line gives. Run the shard " +
                $"again.");
        }
        catch (Exception e) when (e is InvalidDataException or FormatException)
        {
            throw ShardException.InFile(Path, $"is corrupt {where}: {e.Message} Run the shard again.");
        }
    }
}
