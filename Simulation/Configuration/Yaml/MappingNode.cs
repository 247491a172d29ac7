namespace Shortfall.Configuration.Yaml;

/// <summary>A YAML mapping with scalar keys, in file order; keys are unique (the reader reports duplicates).</summary>
internal sealed class MappingNode(Position start, IReadOnlyList<MappingEntry> entries) : Node(start)
{
    public IReadOnlyList<MappingEntry> Entries { get; } = entries;

    public override string Describe() => "a mapping";

    public MappingEntry? Find(string key) => Entries.FirstOrDefault(e => e.Key.Value == key);

    /// <summary>A copy with the key of <paramref name="keyNode"/> set to <paramref name="value"/>: replaced in place, or appended
    /// (under <paramref name="keyNode"/>) when absent.</summary>
    public MappingNode With(ScalarNode keyNode, Node value)
    {
        var entries = Entries.ToList();
        var index = entries.FindIndex(e => e.Key.Value == keyNode.Value);
        if (index >= 0)
        {
            entries[index] = entries[index] with { Value = value };
        }
        else
        {
            entries.Add(new MappingEntry(keyNode, value));
        }
        return new MappingNode(Start, entries);
    }

    /// <summary>A copy without <paramref name="key"/>.</summary>
    public MappingNode Without(string key) => new(Start, Entries.Where(e => e.Key.Value != key).ToList());
}
