namespace Shortfall.Analysis.Batches;

/// <summary>How the points and results of one kind of batch are written in batch and result files: every field, doubles as their 8 IEEE bytes,
/// so that a point read back is the same point and a result read back the same bits.</summary>
/// <typeparam name="TPoint">The kind's point.</typeparam>
/// <typeparam name="TResult">The kind's result.</typeparam>
public interface IBatchCodec<TPoint, TResult>
{
    /// <summary>The kind's name, recorded in every batch, e.g. "calibrate": a worker builds its model by it.</summary>
    string Kind { get; }

    /// <summary>Writes <paramref name="point"/>.</summary>
    void WritePoint(BinaryWriter writer, TPoint point);

    /// <summary>Reads a point written by <see cref="WritePoint"/>.</summary>
    /// <exception cref="InvalidDataException">When the bytes are not a point.</exception>
    TPoint ReadPoint(BinaryReader reader);

    /// <summary>Writes <paramref name="result"/>.</summary>
    void WriteResult(BinaryWriter writer, TResult result);

    /// <summary>Reads a result written by <see cref="WriteResult"/>.</summary>
    /// <exception cref="InvalidDataException">When the bytes are not a result.</exception>
    TResult ReadResult(BinaryReader reader);
}
