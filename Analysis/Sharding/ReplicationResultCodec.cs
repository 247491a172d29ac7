using Shortfall.Model.Results;

namespace Shortfall.Analysis.Sharding;

/// <summary>
/// Writes a <see cref="ReplicationResult"/> as bytes and reads it back exactly: every field, in
/// declaration order; doubles as their 8 IEEE bytes (so every bit, NaN payloads and −0 included),
/// integers and list lengths 7-bit encoded (small numbers take one byte).
/// </summary>
public static class ReplicationResultCodec
{
    /// <summary>Writes <paramref name="result"/>.</summary>
    public static void Write(BinaryWriter writer, ReplicationResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.Write7BitEncodedInt64(result.Replication);
        writer.Write7BitEncodedInt(result.DestinationMonths.Count);
        foreach (var dm in result.DestinationMonths)
        {
            writer.Write7BitEncodedInt(dm.Destination);
            writer.Write7BitEncodedInt(dm.Month);
            writer.Write7BitEncodedInt(dm.Deliveries);
            writer.Write(dm.Target);
            writer.Write(dm.Quantity);
            writer.Write7BitEncodedInt(dm.FullRationDays);
            writer.Write7BitEncodedInt(dm.OpenDays);
        }
        writer.Write7BitEncodedInt(result.Destinations.Count);
        foreach (var d in result.Destinations)
        {
            writer.Write7BitEncodedInt(d.Deliveries);
            writer.Write(d.Quantity);
            writer.Write7BitEncodedInt(d.LongestGapDays);
            writer.Write7BitEncodedInt(d.TargetDays);
            WriteInts(writer, d.MissedDays);
        }
        writer.Write7BitEncodedInt(result.BlockedHours.Length);
        foreach (var hours in result.BlockedHours)
        {
            writer.Write(hours);
        }

        writer.Write7BitEncodedInt(result.Products.Count);
        foreach (var p in result.Products)
        {
            writer.Write(p.Produced);
            writer.Write(p.Delivered);
            writer.Write(p.Spoiled);
            writer.Write(p.InStock);
            writer.Write7BitEncodedInt(p.BatchesLost);
        }
        writer.Write7BitEncodedInt(result.Materials.Count);
        foreach (var m in result.Materials)
        {
            writer.Write(m.Received);
            writer.Write(m.Consumed);
            writer.Write(m.InStock);
            writer.Write(m.Refused);
            writer.Write(m.LostInCutBatches);
        }
        writer.Write7BitEncodedInt(result.Carriers.Count);
        foreach (var c in result.Carriers)
        {
            writer.Write7BitEncodedInt(c.Trips);
            writer.Write7BitEncodedInt(c.TripsLostToBreakdowns);
            writer.Write7BitEncodedInt(c.Breakdowns);
            writer.Write(c.DistanceKm);
            writer.Write7BitEncodedInt(c.Stops);
        }
        writer.Write7BitEncodedInt(result.Equipment.Count);
        foreach (var e in result.Equipment)
        {
            writer.Write7BitEncodedInt(e.Served);
            writer.Write7BitEncodedInt(e.TurnedAwayNoPower);
            writer.Write7BitEncodedInt(e.TurnedAwayBusy);
            writer.Write7BitEncodedInt(e.SessionsCut);
        }
        writer.Write(result.GeneratorHours);
        writer.Write7BitEncodedInt64(result.Events);
    }

    /// <summary>Reads a result written by <see cref="Write"/> from a frame in memory (the reader's stream must be seekable).</summary>
    /// <exception cref="InvalidDataException">When a length is impossible for the bytes left.</exception>
    /// <exception cref="EndOfStreamException">When the bytes end first.</exception>
    /// <exception cref="FormatException">When an integer is badly encoded.</exception>
    public static ReplicationResult Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var replication = reader.Read7BitEncodedInt64();
        var months = new DestinationMonth[ReadCount(reader)];
        for (var i = 0; i < months.Length; i++)
        {
            months[i] = new DestinationMonth(reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt(), reader.ReadDouble())
            {
                Quantity = reader.ReadDouble(),
                FullRationDays = reader.Read7BitEncodedInt(),
                OpenDays = reader.Read7BitEncodedInt(),
            };
        }

        var destinations = new DestinationTotals[ReadCount(reader)];
        for (var i = 0; i < destinations.Length; i++)
        {
            destinations[i] = new DestinationTotals(reader.Read7BitEncodedInt(), reader.ReadDouble(), reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt(),
                ReadInts(reader));
        }

        var blocked = new double[ReadCount(reader)];
        for (var i = 0; i < blocked.Length; i++)
        {
            blocked[i] = reader.ReadDouble();
        }

        var products = new ProductLedger[ReadCount(reader)];
        for (var i = 0; i < products.Length; i++)
        {
            products[i] = new ProductLedger(reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble(), reader.Read7BitEncodedInt());
        }

        var materials = new MaterialLedger[ReadCount(reader)];
        for (var i = 0; i < materials.Length; i++)
        {
            materials[i] = new MaterialLedger(reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble())
            {
                LostInCutBatches = reader.ReadDouble(),
            };
        }

        var carriers = new CarrierTotals[ReadCount(reader)];
        for (var i = 0; i < carriers.Length; i++)
        {
            carriers[i] = new CarrierTotals(reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt())
            {
                DistanceKm = reader.ReadDouble(),
                Stops = reader.Read7BitEncodedInt(),
            };
        }

        var equipment = new EquipmentTotals[ReadCount(reader)];
        for (var i = 0; i < equipment.Length; i++)
        {
            equipment[i] = new EquipmentTotals(reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt())
            {
                SessionsCut = reader.Read7BitEncodedInt(),
            };
        }

        var generatorHours = reader.ReadDouble();
        var events = reader.Read7BitEncodedInt64();
        return new ReplicationResult(replication, months, destinations, blocked, products, materials, carriers, equipment, generatorHours, events);
    }

    /// <summary>Reads a list length, checked against the bytes left (every element takes at least one), so a corrupt length cannot allocate without
    /// bound.</summary>
    /// <exception cref="InvalidDataException">When the length is negative or longer than the bytes left.</exception>
    public static int ReadCount(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var count = reader.Read7BitEncodedInt();
        var left = reader.BaseStream.Length - reader.BaseStream.Position;
        if (count < 0 || count > left)
        {
            throw new InvalidDataException($"a list of {count} elements in {left} bytes.");
        }

        return count;
    }

    private static void WriteInts(BinaryWriter writer, int[] values)
    {
        writer.Write7BitEncodedInt(values.Length);
        foreach (var value in values)
        {
            writer.Write7BitEncodedInt(value);
        }
    }

    private static int[] ReadInts(BinaryReader reader)
    {
        var values = new int[ReadCount(reader)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.Read7BitEncodedInt();
        }

        return values;
    }
}
