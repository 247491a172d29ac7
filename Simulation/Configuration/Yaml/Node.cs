namespace Shortfall.Configuration.Yaml;

/// <summary>
/// An immutable YAML node that remembers where it was written. Variants replace subtrees with
/// nodes from the variant's own lines, so a bad override is reported where the analyst wrote it.
/// </summary>
internal abstract class Node(Position start)
{
    public Position Start { get; } = start;

    /// <summary>What the node is, for "expected …, got …" messages.</summary>
    public abstract string Describe();
}
