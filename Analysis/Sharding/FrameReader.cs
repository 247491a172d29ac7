using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Shortfall.Analysis.Sharding;

/// <summary>
/// Reads a file of frames (<see cref="FrameFormat"/>) front to back: <see cref="Open"/> checks the first line and the end line, <see cref="Next"/>
/// gives each frame, and <see cref="End"/> checks the checksum and that nothing follows. Every failure is a <see cref="ShardException"/> naming the
/// file.
/// </summary>
public sealed class FrameReader : IDisposable
{
    private readonly FrameFormat _format;
    private readonly FileStream _file;
    private readonly GZipStream _body;
    private readonly BinaryReader _frames;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    private FrameReader(string path, FrameFormat format, FileStream file)
    {
        Path = path;
        _format = format;
        _file = file;
        var bodyLength = CheckEnd(path, format, file);
        _body = new GZipStream(new StreamWindow(_file, bodyLength), CompressionMode.Decompress);
        _frames = new BinaryReader(_body, Encoding.UTF8);
    }

    /// <summary>The file, as given.</summary>
    public string Path { get; }

    /// <summary>Opens <paramref name="path"/> and checks its first and last lines.</summary>
    /// <exception cref="ShardException">When the file cannot be read, is not of <paramref name="format"/>, has another version of it, or does not end
    /// with its end line.</exception>
    public static FrameReader Open(string path, FrameFormat format)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(format);
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
            CheckMagic(path, format, file);
            return new FrameReader(path, format, file);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>The next frame. Read it inside <see cref="Guard"/>.</summary>
    /// <exception cref="InvalidDataException">When the frame's length is impossible.</exception>
    /// <exception cref="EndOfStreamException">When the data ends first.</exception>
    public BinaryReader Next()
    {
        var length = _frames.Read7BitEncodedInt();
        if (length < 0 || length > FrameFormat.MaximumFrameLength)
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

    /// <summary>Checks, after the last frame, the checksum and that nothing follows it. Call it inside <see cref="Guard"/>.</summary>
    /// <exception cref="InvalidDataException">When either fails.</exception>
    public void End()
    {
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
    }

    /// <summary>Checks that <paramref name="frame"/> was read to its end.</summary>
    /// <exception cref="InvalidDataException">When bytes are left.</exception>
    public static void EndOfFrame(BinaryReader frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (frame.BaseStream.Position != frame.BaseStream.Length)
        {
            throw new InvalidDataException($"{frame.BaseStream.Length - frame.BaseStream.Position} unread bytes at the end of a frame.");
        }
    }

    /// <summary>
    /// Runs <paramref name="read"/> and turns what a damaged file throws into a message that names the file and <paramref name="where"/> it broke.
    /// The end line has already matched the file's length, so a file cut short never gets here: data that ends early was damaged, not truncated.
    /// </summary>
    /// <exception cref="ShardException">When <paramref name="read"/> finds the data damaged.</exception>
    public T Guard<T>(string where, Func<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        try
        {
            return read();
        }
        catch (EndOfStreamException)
        {
            throw ShardException.InFile(Path, $"is corrupt {where}: its data ends early, though the file has the length its end line gives. " +
                $"{Sentence(_format.Remedy)}.");
        }
        catch (Exception e) when (e is InvalidDataException or FormatException)
        {
            throw ShardException.InFile(Path, $"is corrupt {where}: {e.Message} {Sentence(_format.Remedy)}.");
        }
    }

    /// <summary>Closes the file.</summary>
    public void Dispose()
    {
        _frames.Dispose();
        _body.Dispose();
        _file.Dispose();
        _hash.Dispose();
    }

    private static string Sentence(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    // Checks the end line against the file's length; returns the gzip stream's length. Leaves the position where it was.
    private static long CheckEnd(string path, FrameFormat format, FileStream file)
    {
        var start = file.Position;
        var end = new byte[format.EndLength];
        var ok = file.Length - start >= end.Length;
        if (ok)
        {
            file.Position = file.Length - end.Length;
            file.ReadExactly(end);
            file.Position = start;
        }
        var text = Encoding.ASCII.GetString(end);
        if (!ok || !text.StartsWith(format.EndPrefix, StringComparison.Ordinal) || text[^1] != '\n'
            || !long.TryParse(text.AsSpan(format.EndPrefix.Length, 16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var length))
        {
            throw ShardException.InFile(path,
                $"is incomplete: it does not end with its end line (a {format.Noun} killed while it was written, a partial copy, or bytes appended); " +
                    $"{format.Remedy}.");
        }

        if (length != file.Length - start - end.Length)
        {
            throw ShardException.InFile(path, $"is incomplete: its end line gives {length} bytes of content, but it has {file.Length - start - end.Length} " +
                $"(a partial copy, or bytes cut out or added); {format.Remedy}.");
        }

        return length;
    }

    // Leaves the stream just after the first line.
    private static void CheckMagic(string path, FrameFormat format, FileStream file)
    {
        var magic = format.Magic;
        var bytes = new byte[magic.Length];
        var read = file.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        if (bytes.AsSpan(0, read).SequenceEqual(magic))
        {
            return;
        }

        var line = Encoding.ASCII.GetString(bytes, 0, read);
        if (!line.StartsWith(format.MagicPrefix, StringComparison.Ordinal))
        {
            throw ShardException.InFile(path, $"is not a shortfall {format.Noun} file.");
        }

        var version = line[format.MagicPrefix.Length..].Split('\n')[0];
        throw ShardException.InFile(path, $"is {format.Noun} format version '{version}'; this shortfall reads version {format.Version}.");
    }
}
