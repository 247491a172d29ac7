namespace Shortfall.Analysis.Batches;

/// <summary>Arrays of doubles in batch files: the count 7-bit encoded, then each value's 8 IEEE bytes (every bit, infinities included).</summary>
public static class Doubles
{
    /// <summary>Writes <paramref name="values"/>.</summary>
    public static void Write(BinaryWriter writer, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(values);
        writer.Write7BitEncodedInt(values.Count);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    /// <summary>Reads values written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">When the count is impossible.</exception>
    public static double[] Read(BinaryReader reader)
    {
        var values = new double[BatchHeader.Count(reader, "values")];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.ReadDouble();
        }
        return values;
    }
}
