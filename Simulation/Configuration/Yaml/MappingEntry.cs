namespace Shortfall.Configuration.Yaml;

/// <summary>One key and its value.</summary>
internal sealed record MappingEntry(ScalarNode Key, Node Value);
