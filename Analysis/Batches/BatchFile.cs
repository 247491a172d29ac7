using System.Security.Cryptography;
using Shortfall.Analysis.Sharding;

namespace Shortfall.Analysis.Batches;

/// <summary>Writes and reads a batch file (<see cref="BatchFormat.Batch"/>): the header, then every point in order.</summary>
public static class BatchFile
{
    /// <summary>Writes the batch into <paramref name="path"/>, whole or not at all.</summary>
    /// <returns>The batch's identity: the SHA-256 of the file, as hex, that its result files must carry.</returns>
    /// <exception cref="ArgumentException">When the header's point count is not the number of points.</exception>
    public static string Write<TPoint, TResult>(string path, BatchHeader header, IReadOnlyList<TPoint> points, IBatchCodec<TPoint, TResult> codec)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(codec);
        if (header.Points != points.Count || header.Kind != codec.Kind)
        {
            throw new ArgumentException($"The header announces {header.Points} points of kind {header.Kind}; {points.Count} of kind {codec.Kind} were given.",
                nameof(header));
        }
        using (var frames = new FrameWriter(path, BatchFormat.Batch))
        {
            frames.Write(header.Write);
            foreach (var point in points)
            {
                frames.Write(writer => codec.WritePoint(writer, point));
            }
            frames.Commit();
        }
        return Hash(path);
    }

    /// <summary>The header of the batch in <paramref name="path"/>, read without the points.</summary>
    /// <exception cref="ShardException">When the file is not an intact batch file of this format version.</exception>
    public static BatchHeader ReadHeader(string path)
    {
        using var frames = FrameReader.Open(path, BatchFormat.Batch);
        return frames.Guard("in its header", () => BatchHeader.Read(frames.Next()));
    }

    /// <summary>Reads the whole batch and checks it through to its checksum.</summary>
    /// <returns>Its header, its points in order, and its identity (<see cref="Write"/>).</returns>
    /// <exception cref="ShardException">When the file is not an intact batch of <paramref name="codec"/>'s kind.</exception>
    public static (BatchHeader Header, TPoint[] Points, string Hash) Read<TPoint, TResult>(string path, IBatchCodec<TPoint, TResult> codec)
    {
        ArgumentNullException.ThrowIfNull(codec);
        using (var frames = FrameReader.Open(path, BatchFormat.Batch))
        {
            var header = frames.Guard("in its header", () => BatchHeader.Read(frames.Next()));
            if (header.Kind != codec.Kind)
            {
                throw ShardException.InFile(path, $"is a batch of kind '{header.Kind}', not '{codec.Kind}'.");
            }
            var points = new TPoint[header.Points];
            for (var i = 0; i < points.Length; i++)
            {
                points[i] = frames.Guard($"at point {i} of {points.Length}", () => Whole(frames.Next(), codec.ReadPoint));
            }
            frames.Guard("after its last point", () =>
            {
                frames.End();
                return true;
            });
            return (header, points, Hash(path));
        }
    }

    /// <summary>What <paramref name="read"/> reads from <paramref name="frame"/>, which must hold nothing more.</summary>
    /// <exception cref="InvalidDataException">When bytes are left over.</exception>
    public static T Whole<T>(BinaryReader frame, Func<BinaryReader, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var value = read(frame);
        FrameReader.EndOfFrame(frame);
        return value;
    }

    private static string Hash(string path)
    {
        using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(file));
    }
}
