using Shortfall.Analysis.Calibration;

namespace Shortfall.Analysis.Batches;

/// <summary>Calibration's batches: a point is an attempt's parameters and model seed, a result the distances and statistics of its replications.</summary>
public sealed class AbcPointCodec : IBatchCodec<AbcPoint, SimulatedPoint>
{
    /// <inheritdoc/>
    public string Kind => "calibrate";

    /// <inheritdoc/>
    public void WritePoint(BinaryWriter writer, AbcPoint point)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(point);
        Doubles.Write(writer, point.Parameters);
        writer.Write(point.Seed);
    }

    /// <inheritdoc/>
    public AbcPoint ReadPoint(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new AbcPoint(Doubles.Read(reader), reader.ReadUInt64());
    }

    /// <inheritdoc/>
    public void WriteResult(BinaryWriter writer, SimulatedPoint result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        Doubles.Write(writer, result.Distances);
        Doubles.Write(writer, result.Statistics);
    }

    /// <inheritdoc/>
    public SimulatedPoint ReadResult(BinaryReader reader) => new(Doubles.Read(reader), Doubles.Read(reader));
}
