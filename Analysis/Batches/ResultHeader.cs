using Shortfall.Analysis.Sharding;

namespace Shortfall.Analysis.Batches;

/// <summary>What a result file belongs to: the build, the batch (by the SHA-256 of its file) and which shard of its points it holds.</summary>
/// <param name="ShortfallVersion">The build that evaluated it.</param>
/// <param name="Batch">The SHA-256 of the batch file, as hex: results of another batch, even one with the same name, never pass for this one's.</param>
/// <param name="Kind">The batch's kind.</param>
/// <param name="Shard">Which shard of the points this is.</param>
/// <param name="Points">The points of the whole batch.</param>
public sealed record ResultHeader(string ShortfallVersion, string Batch, string Kind, Shard Shard, int Points)
{
    /// <summary>The first point of this shard and how many it holds.</summary>
    public (long First, long Count) Range => Shard.Range(Points);

    /// <summary>Writes the header's fields.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(ShortfallVersion);
        writer.Write(Batch);
        writer.Write(Kind);
        writer.Write(Shard.Number);
        writer.Write(Shard.Count);
        writer.Write7BitEncodedInt(Points);
    }

    /// <summary>Reads a header written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">When the fields are not a valid header.</exception>
    /// <exception cref="EndOfStreamException">When the bytes end first.</exception>
    public static ResultHeader Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var (version, batch, kind) = (reader.ReadString(), reader.ReadString(), reader.ReadString());
        var (number, count) = (reader.ReadInt32(), reader.ReadInt32());
        var points = BatchHeader.Count(reader, "points");
        if (count < 1 || number < 1 || number > count || points < count)
        {
            throw new InvalidDataException($"shard {number}/{count} of {points} points is not a valid shard.");
        }
        return new ResultHeader(version, batch, kind, new Shard(number, count), points);
    }
}
