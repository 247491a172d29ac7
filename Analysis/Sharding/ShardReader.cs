using Shortfall.Model.Results;

namespace Shortfall.Analysis.Sharding;

/// <summary>
/// Reads a shard file (<see cref="ShardFormat"/>) front to back: the header on opening, then each
/// replication, then <see cref="ReadEnd"/>, which checks the trailer, the checksum and that
/// nothing follows. Every failure is a <see cref="ShardException"/> naming the file.
/// </summary>
public sealed class ShardReader : IDisposable
{
    private readonly FrameReader _frames;
    private long _read;

    private ShardReader(FrameReader frames)
    {
        _frames = frames;
        Header = frames.Guard("in its header", () => ShardHeader.Read(frames.Next()));
    }

    /// <summary>The file, as given.</summary>
    public string Path => _frames.Path;

    /// <summary>The shard's header.</summary>
    public ShardHeader Header { get; }

    /// <summary>Opens <paramref name="path"/> and reads its header.</summary>
    /// <exception cref="ShardException">When the file cannot be read, is not a shard file, has another format version, or its header is cut short or
    /// corrupt.</exception>
    public static ShardReader Open(string path)
    {
        var frames = FrameReader.Open(path, ShardFormat.Frames);
        try
        {
            return new ShardReader(frames);
        }
        catch
        {
            frames.Dispose();
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
        var results = _frames.Guard($"after {_read} of its {Header.Count} replications", () =>
        {
            var frame = _frames.Next();
            var variants = new ReplicationResult[Header.Variants.Count];
            for (var v = 0; v < variants.Length; v++)
            {
                variants[v] = ReplicationResultCodec.Read(frame);
                if (variants[v].Replication != expected)
                {
                    throw new InvalidDataException($"replication {variants[v].Replication} where replication {expected} belongs.");
                }
            }
            FrameReader.EndOfFrame(frame);
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

        _frames.Guard("in its trailer", () =>
        {
            var frame = _frames.Next();
            var word = frame.ReadString();
            var count = frame.ReadInt64();
            FrameReader.EndOfFrame(frame);
            if (word != ShardFormat.TrailerWord || count != Header.Count)
            {
                throw new InvalidDataException($"the trailer says '{word}' and {count} replications, not '{ShardFormat.TrailerWord}' and {Header.Count}.");
            }

            _frames.End();
            return true;
        });
    }

    /// <summary>Closes the file.</summary>
    public void Dispose() => _frames.Dispose();
}
