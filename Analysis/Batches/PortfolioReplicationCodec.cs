using Shortfall.Analysis.Optimisation;

namespace Shortfall.Analysis.Batches;

/// <summary>Optimisation's batches: a point is a portfolio (its units of each lever and its cost) and a replication index, a result the objective.</summary>
public sealed class PortfolioReplicationCodec : IBatchCodec<PortfolioReplication, double>
{
    /// <inheritdoc/>
    public string Kind => "optimise";

    /// <inheritdoc/>
    public void WritePoint(BinaryWriter writer, PortfolioReplication point)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(point);
        writer.Write7BitEncodedInt(point.Portfolio.Units.Count);
        foreach (var units in point.Portfolio.Units)
        {
            writer.Write7BitEncodedInt(units);
        }
        writer.Write(point.Portfolio.Cost);
        writer.Write7BitEncodedInt64(point.Replication);
    }

    /// <inheritdoc/>
    public PortfolioReplication ReadPoint(BinaryReader reader)
    {
        var units = new int[BatchHeader.Count(reader, "levers")];
        for (var i = 0; i < units.Length; i++)
        {
            units[i] = reader.Read7BitEncodedInt();
            if (units[i] < 0)
            {
                throw new InvalidDataException($"{units[i]} units of lever {i}.");
            }
        }
        var cost = reader.ReadDouble();
        var replication = reader.Read7BitEncodedInt64();
        if (replication < 0)
        {
            throw new InvalidDataException($"replication {replication}.");
        }
        return new PortfolioReplication(new Portfolio(units, cost), replication);
    }

    /// <inheritdoc/>
    public void WriteResult(BinaryWriter writer, double result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(result);
    }

    /// <inheritdoc/>
    public double ReadResult(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.ReadDouble();
    }
}
