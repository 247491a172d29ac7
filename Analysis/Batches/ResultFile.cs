using Shortfall.Analysis.Sharding;

namespace Shortfall.Analysis.Batches;

/// <summary>Writes and reads the result file of one shard of a batch (<see cref="BatchFormat.Results"/>): the header, then the results of the shard's
/// points in order.</summary>
public static class ResultFile
{
    /// <summary>The file's name in the batch's directory, e.g. shard-2-of-4.shortfall-results.</summary>
    public static string FileName(Shard shard) => shard.FileNameWith(BatchFormat.Results.Extension);

    /// <summary>Writes the results of the shard <paramref name="header"/> names into <paramref name="directory"/>, whole or not at all.</summary>
    /// <returns>The file's path.</returns>
    /// <exception cref="ArgumentException">When there are not as many results as the shard has points.</exception>
    public static string Write<TPoint, TResult>(string directory, ResultHeader header, IReadOnlyList<TResult> results, IBatchCodec<TPoint, TResult> codec)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(codec);
        if (results.Count != header.Range.Count)
        {
            throw new ArgumentException($"Shard {header.Shard} holds {header.Range.Count} points; {results.Count} results were given.", nameof(results));
        }
        using var frames = new FrameWriter(Path.Combine(directory, FileName(header.Shard)), BatchFormat.Results);
        frames.Write(header.Write);
        foreach (var result in results)
        {
            frames.Write(writer => codec.WriteResult(writer, result));
        }
        frames.Commit();
        return frames.Path;
    }

    /// <summary>Reads the result file <paramref name="path"/>, which must be the one <paramref name="expected"/> describes.</summary>
    /// <exception cref="ShardException">When the file is not intact, or belongs to another batch, build or shard: the message says which.</exception>
    public static TResult[] Read<TPoint, TResult>(string path, ResultHeader expected, IBatchCodec<TPoint, TResult> codec)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(codec);
        using var frames = FrameReader.Open(path, BatchFormat.Results);
        var header = frames.Guard("in its header", () => ResultHeader.Read(frames.Next()));
        if (Difference(expected, header) is { } difference)
        {
            throw ShardException.InFile(path, $"is not shard {expected.Shard} of this batch ({expected.Batch[..12]}…): {difference}. A result file left " +
                "from another run, or another job writing into the same directory?");
        }
        var results = new TResult[header.Range.Count];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = frames.Guard($"at result {i} of {results.Length}", () => BatchFile.Whole(frames.Next(), codec.ReadResult));
        }
        frames.Guard("after its last result", () =>
        {
            frames.End();
            return true;
        });
        return results;
    }

    private static string? Difference(ResultHeader expected, ResultHeader found)
    {
        if (found.Batch != expected.Batch)
        {
            return $"it holds results of batch {found.Batch[..Math.Min(12, found.Batch.Length)]}…";
        }
        if (found.ShortfallVersion != expected.ShortfallVersion)
        {
            return $"shortfall build {found.ShortfallVersion} evaluated it, not {expected.ShortfallVersion}";
        }
        if (found.Kind != expected.Kind || found.Points != expected.Points || found.Shard != expected.Shard)
        {
            return $"it is shard {found.Shard} of {found.Points} points of kind {found.Kind}, not {expected.Shard} of {expected.Points} of {expected.Kind}";
        }
        return null;
    }
}
