using Shortfall.Analysis.Sensitivity;

namespace Shortfall.Analysis.Sharding;

/// <summary>
/// What a shard of a sweep records besides its replications: enough to rebuild the sweep's design
/// and ranking at the merge, which never sees the command line.
/// </summary>
/// <param name="Mode">"oat" or "lhs", as given to --mode.</param>
/// <param name="Parameters">The --param texts, in the order given.</param>
/// <param name="Points">The Latin-hypercube points (unused one at a time).</param>
public sealed record SweepSpecification(string Mode, IReadOnlyList<string> Parameters, int Points)
{
    /// <summary>Each input's label, from the scenario's names (<see cref="SweepParameter.Label"/>), in the order of <see cref="Parameters"/>;
    /// empty until the sweep has read its scenario, and then the labels of the shards' merge, which never reads it.</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>The design <see cref="Mode"/> names.</summary>
    public SweepMode SweepMode => Mode == "lhs" ? SweepMode.LatinHypercube : SweepMode.OneAtATime;

    /// <summary>Writes the fields.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Mode);
        writer.Write7BitEncodedInt(Parameters.Count);
        for (var i = 0; i < Parameters.Count; i++)
        {
            writer.Write(Parameters[i]);
            writer.Write(i < Labels.Count ? Labels[i] : Parameters[i]);
        }

        writer.Write(Points);
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    /// <exception cref="InvalidDataException">When the fields are not a sweep's.</exception>
    public static SweepSpecification Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var mode = reader.ReadString();
        if (mode is not ("oat" or "lhs"))
        {
            throw new InvalidDataException($"sweep mode '{mode}' is neither oat nor lhs.");
        }

        var parameters = new string[ReplicationResultCodec.ReadCount(reader)];
        var labels = new string[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            (parameters[i], labels[i]) = (reader.ReadString(), reader.ReadString());
        }

        return new SweepSpecification(mode, parameters, reader.ReadInt32()) { Labels = labels };
    }

    /// <summary>True when both describe the same sweep.</summary>
    public bool SameAs(SweepSpecification? other) =>
        other is not null && Mode == other.Mode && Points == other.Points && Parameters.SequenceEqual(other.Parameters, StringComparer.Ordinal)
        && Labels.SequenceEqual(other.Labels, StringComparer.Ordinal);
}
