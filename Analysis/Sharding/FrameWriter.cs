using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Shortfall.Analysis.Output;

namespace Shortfall.Analysis.Sharding;

/// <summary>
/// Writes a file of frames (<see cref="FrameFormat"/>). The file is an <see cref="AtomicFile"/>: it appears under its name only at
/// <see cref="Commit"/>, complete; one killed or abandoned before leaves at most a hidden temporary file, which no reader looks for.
/// </summary>
public sealed class FrameWriter : IDisposable
{
    private readonly FrameFormat _format;
    private readonly AtomicFile _file;
    private readonly GZipStream _body;
    private readonly BinaryWriter _frames;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private bool _closed;

    /// <summary>Starts the file <paramref name="path"/>, whose directory must exist.</summary>
    public FrameWriter(string path, FrameFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        _format = format;
        _file = AtomicFile.Create(path);
        _file.Stream.Write(format.Magic);
        _body = new GZipStream(_file.Stream, CompressionLevel.Optimal, leaveOpen: true);
        _frames = new BinaryWriter(_body, Encoding.UTF8, leaveOpen: true);
    }

    /// <summary>The file's path once committed.</summary>
    public string Path => _file.Path;

    /// <summary>Appends a frame holding <paramref name="content"/>.</summary>
    public void Write(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        _frames.Write7BitEncodedInt(content.Length);
        _frames.Write(content);
        _hash.AppendData(content);
    }

    /// <summary>Appends a frame holding what <paramref name="write"/> writes.</summary>
    public void Write(Action<BinaryWriter> write) => Write(Encode(write));

    /// <summary>What <paramref name="write"/> writes, as the bytes of one frame (so that frames can be encoded on other threads).</summary>
    public static byte[] Encode(Action<BinaryWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, Encoding.UTF8, leaveOpen: true))
        {
            write(writer);
        }

        return bytes.ToArray();
    }

    /// <summary>Writes the checksum and the end line, and moves the file into place.</summary>
    public void Commit()
    {
        _frames.Write(_hash.GetHashAndReset());
        Close();
        _file.Stream.Write(_format.End(_file.Stream.Position - _format.Magic.Length));
        _file.Commit();
    }

    /// <summary>Deletes the temporary file unless committed.</summary>
    public void Dispose()
    {
        Close();
        _file.Dispose();
        _hash.Dispose();
    }

    // Ends the gzip stream (writing its footer) once; the file itself stays open until committed or abandoned.
    private void Close()
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        _frames.Dispose();
        _body.Dispose();
    }
}
