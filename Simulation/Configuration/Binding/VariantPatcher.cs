using Shortfall.Configuration.Schema;
using Shortfall.Configuration.Yaml;

namespace Shortfall.Configuration.Binding;

/// <summary>
/// Applies a variant's overrides to the baseline tree. Every step of a path must exist in the baseline,
/// except that the last key may be added where the format allows it (an optional key the baseline left
/// out, such as <c>power.generator</c>, or a new named entry, such as <c>carriers.bicycle</c>). A path that
/// does not resolve is reported at the variant's key, with the nearest valid name.
/// </summary>
internal sealed class VariantPatcher(BindContext context, MapEntry<VariantPath> entry)
{
    /// <summary>The tree with <paramref name="entry"/>'s override applied, or the tree unchanged when its path does not resolve.</summary>
    public static Node Apply(Node tree, MapEntry<VariantPath> entry, BindContext context) =>
        new VariantPatcher(context, entry).Replace(tree, ScenarioSchema.Root, 0, "") ?? tree;

    private IReadOnlyList<PathSegment> Segments => entry.Key.Segments;

    /// <summary><paramref name="node"/> with the value at the path's steps from <paramref name="step"/> on replaced, or null (reported).</summary>
    private Node? Replace(Node node, Shape shape, int step, string where)
    {
        var segment = Segments[step];
        var last = step == Segments.Count - 1;
        if (segment.Key is null)
        {
            if (node is not SequenceNode list || shape is not ListShape listShape)
            {
                return Fail($"{where} is not a list, so it has no item [{segment.Index}]");
            }
            if (segment.Index >= list.Items.Count)
            {
                return Fail($"{where} has only {list.Items.Count} item{(list.Items.Count == 1 ? "" : "s")}, so it has no item [{segment.Index}]");
            }
            var item = last ? entry.Value : Replace(list.Items[segment.Index], listShape.Items, step + 1, $"{where}[{segment.Index}]");
            return item is null ? null : list.WithItem(segment.Index, item);
        }
        var key = segment.Key;
        var mapping = node switch
        {
            MappingNode m => m,
            ScalarNode { IsNull: true } => new MappingNode(node.Start, []),
            _ => null,
        };
        var childShape = shape switch
        {
            ObjectShape o => o.Find(key)?.Shape,
            MapShape m => m.Values,
            _ => null,
        };
        if (mapping is null || shape is not (ObjectShape or MapShape))
        {
            return Fail($"{(where.Length == 0 ? "the file" : where)} is not a mapping, so it has no '{key}'");
        }
        if (where.Length == 0 && key == ScenarioSchema.Document.Variants.Name)
        {
            return Fail("a variant cannot change the variants");
        }
        if (where.Length == 0 && (key == ScenarioSchema.Document.Uncertain.Name || key == ScenarioSchema.Document.Observations.Name))
        {
            return Fail($"a variant changes the plant, not what calibration knows: it cannot change '{key}'");
        }
        if (childShape is null)
        {
            var keys = ((ObjectShape)shape).Keys.ToList();
            return Fail($"'{key}' is not a key of {((ObjectShape)shape).Name}" + Suggestions.DidYouMean(key, keys));
        }
        var existing = mapping.Find(key);
        var path = ObjectReader.Join(where, key);
        if (last)
        {
            return mapping.With(existing?.Key ?? new ScalarNode(entry.KeyNode.Start, key, quoted: false), entry.Value);
        }
        if (existing is null)
        {
            return shape is MapShape
                ? Fail($"the baseline has no '{key}' in {where}" + Suggestions.DidYouMean(key, mapping.Entries.Select(e => e.Key.Value).ToList()))
                : Fail($"the baseline has no '{path}'; set '{path}' as a whole");
        }
        var child = Replace(existing.Value, childShape, step + 1, path);
        return child is null ? null : mapping.With(existing.Key, child);
    }

    private Node? Fail(string message)
    {
        context.Report(entry.KeyNode.Start, entry.Path, message);
        return null;
    }
}
