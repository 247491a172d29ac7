using Shortfall.Analysis.Running;

namespace Shortfall.Analysis.Sharding;

/// <summary>
/// Writes a shard file (<see cref="ShardFormat"/>) as the runner hands it replications: each is
/// encoded on the worker threads (<see cref="Render"/>) and appended in index order
/// (<see cref="Write"/>). The file appears under its name only at <see cref="Commit"/>, complete
/// (<see cref="FrameWriter"/>); a shard killed or cancelled before leaves at most a hidden
/// temporary file, which no merge reads.
/// </summary>
public sealed class ShardWriter : IReplicationSink<byte[]>, IDisposable
{
    private readonly FrameWriter _frames;
    private long _written;

    /// <summary>Starts the file of the shard <paramref name="header"/> describes in <paramref name="directory"/>, which must exist.</summary>
    public ShardWriter(string directory, ShardHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        Header = header;
        _frames = new FrameWriter(System.IO.Path.Combine(directory, header.Shard.FileName), ShardFormat.Frames);
        _frames.Write(header.Write);
    }

    /// <summary>What the shard belongs to.</summary>
    public ShardHeader Header { get; }

    /// <summary>The file's path once committed.</summary>
    public string Path => _frames.Path;

    /// <inheritdoc/>
    public byte[] Render(long replication, IReadOnlyList<ReplicationMetrics> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return FrameWriter.Encode(writer =>
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
        _frames.Write(rendered);
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

        _frames.Write(writer =>
        {
            writer.Write(ShardFormat.TrailerWord);
            writer.Write(_written);
        });
        _frames.Commit();
    }

    /// <summary>Deletes the temporary file unless committed.</summary>
    public void Dispose() => _frames.Dispose();
}
