using Shortfall.Analysis.Running;

namespace Shortfall.Analysis.Sharding;

/// <summary>What a shard belongs to: the build, the run (scenario, seed, total replications, variants) and which shard it is.</summary>
/// <param name="ShortfallVersion">The build that wrote it (<see cref="ShardFormat.ShortfallVersion"/>).</param>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="ScenarioHash">The SHA-256 of the scenario file.</param>
/// <param name="Currency">The scenario's currency, in which the variants' costs are written.</param>
/// <param name="MaterialUnits">The unit of each material, by name.</param>
/// <param name="ProductUnits">The unit of each product, by name.</param>
/// <param name="Seed">The run's seed.</param>
/// <param name="Replications">The replications of the whole run, over all shards.</param>
/// <param name="Shard">Which shard this is.</param>
/// <param name="Variants">The variants, the baseline first (for a sweep, its points).</param>
/// <param name="Sweep">The sweep the shard belongs to, or null for a run.</param>
public sealed record ShardHeader(
    string ShortfallVersion,
    string Scenario,
    string ScenarioHash,
    string Currency,
    IReadOnlyDictionary<string, string> MaterialUnits,
    IReadOnlyDictionary<string, string> ProductUnits,
    ulong Seed,
    long Replications,
    Shard Shard,
    IReadOnlyList<ShardVariant> Variants,
    SweepSpecification? Sweep = null)
{
    /// <summary>The first replication index of this shard.</summary>
    public long First => Shard.Range(Replications).First;

    /// <summary>The number of replications of this shard.</summary>
    public long Count => Shard.Range(Replications).Count;

    /// <summary>Writes the header's fields.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(ShortfallVersion);
        writer.Write(Scenario);
        writer.Write(ScenarioHash);
        writer.Write(Currency);
        WriteUnits(writer, MaterialUnits);
        WriteUnits(writer, ProductUnits);
        writer.Write(Seed);
        writer.Write(Replications);
        writer.Write(Shard.Number);
        writer.Write(Shard.Count);
        writer.Write7BitEncodedInt(Variants.Count);
        foreach (var variant in Variants)
        {
            writer.Write(variant.Name);
            writer.Write(variant.Cost.HasValue);
            writer.Write(variant.Cost ?? 0.0);
            var plant = variant.Plant;
            writer.Write(plant.FirstMonth.DayNumber);
            writer.Write7BitEncodedInt(plant.Destinations.Count);
            for (var d = 0; d < plant.Destinations.Count; d++)
            {
                writer.Write(plant.Destinations[d]);
                writer.Write7BitEncodedInt(plant.People[d]);
            }
            WriteNames(writer, plant.Materials);
            WriteNames(writer, plant.Carriers);
            writer.Write(variant.Description);
        }
        writer.Write(Sweep is not null);
        Sweep?.Write(writer);
    }

    /// <summary>Reads a header written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">When the fields are not a valid header.</exception>
    /// <exception cref="EndOfStreamException">When the bytes end first.</exception>
    public static ShardHeader Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var version = reader.ReadString();
        var scenario = reader.ReadString();
        var hash = reader.ReadString();
        var currency = reader.ReadString();
        var (materialUnits, productUnits) = (ReadUnits(reader), ReadUnits(reader));
        var seed = reader.ReadUInt64();
        var replications = reader.ReadInt64();
        var (number, count) = (reader.ReadInt32(), reader.ReadInt32());
        if (count < 1 || number < 1 || number > count || replications < count)
        {
            throw new InvalidDataException($"shard {number}/{count} of {replications} replications is not a valid shard.");
        }

        var variants = new ShardVariant[ReplicationResultCodec.ReadCount(reader)];
        for (var v = 0; v < variants.Length; v++)
        {
            var name = reader.ReadString();
            var hasCost = reader.ReadBoolean();
            var cost = reader.ReadDouble();
            var dayNumber = reader.ReadInt32();
            if (dayNumber < DateOnly.MinValue.DayNumber || dayNumber > DateOnly.MaxValue.DayNumber)
            {
                throw new InvalidDataException($"day number {dayNumber} is not a date.");
            }

            var destinations = new string[ReplicationResultCodec.ReadCount(reader)];
            var people = new int[destinations.Length];
            for (var d = 0; d < destinations.Length; d++)
            {
                destinations[d] = reader.ReadString();
                people[d] = reader.Read7BitEncodedInt();
                if (people[d] < 0)
                {
                    throw new InvalidDataException($"destination '{destinations[d]}' serves {people[d]} people.");
                }
            }
            var plant = new PlantLabels(destinations, people, ReadNames(reader), ReadNames(reader), DateOnly.FromDayNumber(dayNumber));
            variants[v] = new ShardVariant(name, hasCost ? cost : null, plant, reader.ReadString());
        }
        if (variants.Length == 0)
        {
            throw new InvalidDataException("the header lists no variant.");
        }

        var sweep = reader.ReadBoolean() ? SweepSpecification.Read(reader) : null;
        return new ShardHeader(version, scenario, hash, currency, materialUnits, productUnits, seed, replications, new Shard(number, count), variants, sweep);
    }

    private static void WriteUnits(BinaryWriter writer, IReadOnlyDictionary<string, string> units)
    {
        writer.Write7BitEncodedInt(units.Count);
        foreach (var (name, unit) in units.OrderBy(u => u.Key, StringComparer.Ordinal))
        {
            writer.Write(name);
            writer.Write(unit);
        }
    }

    private static Dictionary<string, string> ReadUnits(BinaryReader reader)
    {
        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var entries = ReplicationResultCodec.ReadCount(reader); units.Count < entries;)
        {
            if (!units.TryAdd(reader.ReadString(), reader.ReadString()))
            {
                throw new InvalidDataException("the header gives a unit twice for one name.");
            }
        }
        return units;
    }

    private static void WriteNames(BinaryWriter writer, IReadOnlyList<string> names)
    {
        writer.Write7BitEncodedInt(names.Count);
        foreach (var name in names)
        {
            writer.Write(name);
        }
    }

    private static string[] ReadNames(BinaryReader reader)
    {
        var names = new string[ReplicationResultCodec.ReadCount(reader)];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = reader.ReadString();
        }

        return names;
    }
}
