using YamlDotNet.RepresentationModel;

namespace Shortfall.Analysis.Sensitivity;

/// <summary>
/// Turns sweep points into variants of a scenario file, so that the loader applies and checks
/// their values exactly as it does an analyst's variants: the file's own variants are replaced by
/// one variant per point, whose <c>set:</c> holds the point's values by path.
/// </summary>
public static class ScenarioOverrides
{
    private const string VariantsKey = "variants";

    /// <summary>The text of the scenario file <paramref name="yaml"/> with its variants replaced by <paramref name="variants"/> (name → path → value text).</summary>
    /// <exception cref="ArgumentException">When the document's root is not a mapping (the loader would have rejected it).</exception>
    public static string WithVariants(string yaml, IEnumerable<(string Name, IReadOnlyList<(string Path, string Value)> Set)> variants)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(variants);
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new ArgumentException("A scenario file is one YAML document whose root is a mapping.", nameof(yaml));
        root.Children.Remove(new YamlScalarNode(VariantsKey));
        var generated = new YamlMappingNode();
        foreach (var (name, set) in variants)
        {
            var values = new YamlMappingNode();
            foreach (var (path, value) in set)
                values.Add(path, new YamlScalarNode(value));
            generated.Add(name, new YamlMappingNode { { "set", values } });
        }
        root.Add(VariantsKey, generated);
        var text = new StringWriter();
        stream.Save(text, assignAnchors: false);
        return text.ToString();
    }
}
