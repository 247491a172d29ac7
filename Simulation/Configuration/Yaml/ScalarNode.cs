namespace Shortfall.Configuration.Yaml;

/// <summary>A scalar exactly as written: the loader, not YAML's type resolution, decides what the text means.</summary>
internal sealed class ScalarNode(Position start, string value, bool quoted) : Node(start)
{
    public string Value { get; } = value;

    /// <summary>True when the text was quoted, so that <c>"null"</c> stays text.</summary>
    public bool Quoted { get; } = quoted;

    /// <summary>An empty value (<c>key:</c>), <c>~</c> or <c>null</c>: no value at all.</summary>
    public bool IsNull => !Quoted && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>What the binder last read the text as, kept for the next binding of the same tree (see <c>BindContext.TryRead</c>);
    /// set and read whole, so threads binding one tree at once see one reading or another, never a mix.</summary>
    internal object? Reading { get; set; }

    public override string Describe() => IsNull ? "nothing" : $"'{Value}'";
}
