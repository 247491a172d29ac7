namespace Shortfall.Configuration.Yaml;

/// <summary>
/// What the loader accepts at most, so that a small hostile file cannot exhaust the stack, the memory or the time of
/// the machine reading it. Each is far above what a real scenario needs (the largest shipped one has about 700 nodes,
/// nested 7 deep) and is documented in FORMAT.md.
/// </summary>
internal static class YamlLimits
{
    /// <summary>The largest file read, in bytes.</summary>
    public const int FileBytes = 4 << 20;

    /// <summary>The deepest nesting of lists and mappings.</summary>
    public const int Depth = 64;

    /// <summary>The most nodes, counting every use of an alias as a copy of what it names.</summary>
    public const int Nodes = 100_000;

    /// <summary>The longest single value, in characters.</summary>
    public const int ScalarLength = 10_000;
}
