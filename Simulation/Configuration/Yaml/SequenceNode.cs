namespace Shortfall.Configuration.Yaml;

/// <summary>A YAML list.</summary>
internal sealed class SequenceNode(Position start, IReadOnlyList<Node> items) : Node(start)
{
    public IReadOnlyList<Node> Items { get; } = items;

    public override string Describe() => "a list";

    public SequenceNode WithItem(int index, Node item)
    {
        var items = Items.ToArray();
        items[index] = item;
        return new SequenceNode(Start, items);
    }
}
