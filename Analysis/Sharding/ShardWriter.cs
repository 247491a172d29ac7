using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Shortfall.Analysis.Output;
using Shortfall.Analysis.Running;

namespace Shortfall.Analysis.Sharding;

/// <summary>
/// Writes a shard file (<see cref="ShardFormat"/>) as the runner hands it replications: each is
/// encoded on the worker threads (<see cref="Render"/>) and appended in index order
/// (<see cref="Write"/>). The file is an <see cref="AtomicFile"/>: it appears under its name only
/// at <see cref="Commit"/>, complete; a shard killed or cancelled before leaves at most a hidden
/// temporary file, which no merge reads.
/// </summary>
public sealed class ShardWriter : IReplicationSink<byte[]>, IDisposable
{
    private readonly AtomicFile _file;
    private readonly GZipStream _body;
    private readonly BinaryWriter _frames;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _written;
    private bool _closed;

    /// <summary>Starts the file of the shard <paramref name="header"/> describes in <paramref name="directory"/>, which must exist.</summary>
    public ShardWriter(string directory, ShardHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        Header = header;
        _file = AtomicFile.Create(System.IO.Path.Combine(directory, header.Shard.FileName));
        _file.Stream.Write(ShardFormat.Magic);
        _body = new GZipStream(_file.Stream, CompressionLevel.Optimal, leaveOpen: true);
        _frames = new BinaryWriter(_body, Encoding.UTF8, leaveOpen: true);
        WriteFrame(Encode(header.Write));
    }

    /// <summary>What the shard belongs to.</summary>
    public ShardHeader Header { get; }

    /// <summary>The file's path once committed.</summary>
    public string Path => _file.Path;

    /// <inheritdoc/>
    public byte[] Render(long replication, IReadOnlyList<ReplicationMetrics> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return Encode(writer =>
        {
            foreach (var result in results)
            {
                ReplicationResultCodec.Write(writer, result.Result);
            }
        });
    }

    /// <inheritdoc/>
    public void Write(byte[] rendered)
    {
        ArgumentNullException.ThrowIfNull(rendered);
        WriteFrame(rendered);
        _written++;
    }

    /// <summary>Writes the trailer and the checksum, and moves the file into place.</summary>
    /// <exception cref="InvalidOperationException">When the number of replications written is not the shard's.</exception>
    public void Commit()
    {
        if (_written != Header.Count)
        {
            throw new InvalidOperationException($"Shard {Header.Shard} has {Header.Count} replications; {_written} were written.");
        }

        WriteFrame(Encode(writer =>
        {
            writer.Write(ShardFormat.TrailerWord);
            writer.Write(_written);
        }));
        _frames.Write(_hash.GetHashAndReset());
        Close();
        _file.Stream.Write(ShardFormat.End(_file.Stream.Position - ShardFormat.Magic.Length));
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

    private void WriteFrame(byte[] content)
    {
        _frames.Write7BitEncodedInt(content.Length);
        _frames.Write(content);
        _hash.AppendData(content);
    }

    private static byte[] Encode(Action<BinaryWriter> write)
    {
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, Encoding.UTF8, leaveOpen: true))
        {
            write(writer);
        }

        return bytes.ToArray();
    }
}
