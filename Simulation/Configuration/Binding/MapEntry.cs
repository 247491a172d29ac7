using Shortfall.Configuration.Yaml;

namespace Shortfall.Configuration.Binding;

/// <summary>An entry of a name → value map whose key has been read: the key, its value node and the value's path.</summary>
internal readonly record struct MapEntry<TKey>(TKey Key, ScalarNode KeyNode, Node Value, string Path);
