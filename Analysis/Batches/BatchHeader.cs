namespace Shortfall.Analysis.Batches;

/// <summary>What a batch is: the build that wrote it, the kind of model and what the worker builds it from, and how many points it holds.</summary>
/// <param name="ShortfallVersion">The build that wrote it; a worker of another build refuses it, since its results could differ.</param>
/// <param name="Kind">The kind of model (<see cref="IBatchCodec{TPoint, TResult}.Kind"/>).</param>
/// <param name="Scenario">The scenario file's absolute path, on a file system the nodes share.</param>
/// <param name="ScenarioHash">The SHA-256 of the scenario file when the batch was written; a worker refuses a file that has changed since.</param>
/// <param name="Settings">The model's settings besides the scenario, as "name=value" (e.g. "replications-per-point=2").</param>
/// <param name="Points">How many points the batch holds; at least 1.</param>
public sealed record BatchHeader(string ShortfallVersion, string Kind, string Scenario, string ScenarioHash, IReadOnlyList<string> Settings,
    int Points)
{
    /// <summary>The value of setting <paramref name="name"/>.</summary>
    /// <exception cref="InvalidDataException">When the batch has no such setting.</exception>
    public string Setting(string name) =>
        Settings.FirstOrDefault(s => s.StartsWith(name + "=", StringComparison.Ordinal))?[(name.Length + 1)..]
        ?? throw new InvalidDataException($"the batch has no setting '{name}' (it has {string.Join(", ", Settings)}).");

    /// <summary>Writes the header's fields.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(ShortfallVersion);
        writer.Write(Kind);
        writer.Write(Scenario);
        writer.Write(ScenarioHash);
        writer.Write7BitEncodedInt(Settings.Count);
        foreach (var setting in Settings)
        {
            writer.Write(setting);
        }
        writer.Write7BitEncodedInt(Points);
    }

    /// <summary>Reads a header written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">When the fields are not a valid header.</exception>
    /// <exception cref="EndOfStreamException">When the bytes end first.</exception>
    public static BatchHeader Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var (version, kind, scenario, hash) = (reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString());
        var settings = new string[Count(reader, "settings")];
        for (var i = 0; i < settings.Length; i++)
        {
            settings[i] = reader.ReadString();
        }
        var points = Count(reader, "points");
        if (points < 1)
        {
            throw new InvalidDataException("the batch holds no point.");
        }
        return new BatchHeader(version, kind, scenario, hash, settings, points);
    }

    /// <summary>A count of something, checked to be possible.</summary>
    /// <exception cref="InvalidDataException">When it is negative or larger than any file holds.</exception>
    public static int Count(BinaryReader reader, string what)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var count = reader.Read7BitEncodedInt();
        if (count < 0 || count > 1 << 26)
        {
            throw new InvalidDataException($"{count} {what}.");
        }
        return count;
    }
}
