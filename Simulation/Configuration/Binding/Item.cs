using Shortfall.Configuration.Yaml;

namespace Shortfall.Configuration.Binding;

/// <summary>A value read from a list, with the node and path it came from, for checks across items.</summary>
internal readonly record struct Item<T>(T Value, Node Node, string Path);
