using Shortfall.Configuration.Distributions;
using Shortfall.Configuration.Schema;
using Shortfall.Configuration.Yaml;

namespace Shortfall.Configuration.Binding;

/// <summary>
/// Applies a variant's overrides to the baseline tree. Every step of a path must exist in the baseline,
/// except that the last key may be added where the format allows it (an optional key the baseline left
/// out, such as <c>power.generator</c>, or a new named entry, such as <c>carriers.bicycle</c>). A path that
/// does not resolve is reported at the variant's key, with the nearest valid name.
/// A path may go one step into a distribution to name one of its parameters (<c>power.outages.up.mean</c>):
/// the written call keeps its other parameters and takes the new value for that one. With
/// <c>numbersOnly</c> (a sweep's or a calibration's path), the path must end at one number: a quantity, a
/// count, a fraction, a constant or a distribution's parameter, never a whole distribution or a list.
/// </summary>
internal sealed class VariantPatcher(BindContext context, MapEntry<VariantPath> entry, bool numbersOnly)
{
    /// <summary>The tree with <paramref name="entry"/>'s override applied, or the tree unchanged when its path does not resolve.</summary>
    public static Node Apply(Node tree, MapEntry<VariantPath> entry, BindContext context, bool numbersOnly = false) =>
        new VariantPatcher(context, entry, numbersOnly).Replace(tree, ScenarioSchema.Root, 0, "") ?? tree;

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
        if (shape is DistributionShape && node is ScalarNode { IsNull: false } written)
        {
            return last ? Parameter(written, key, where) : Fail($"{where}.{key} is a distribution's parameter, so it has no further steps");
        }
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
        if (where.Length == 0 && (key == ScenarioSchema.Document.Variants.Name || key == ScenarioSchema.Document.Remedies.Name))
        {
            // Remedies are applied through the same patcher, so either may be what tries.
            return Fail(key == ScenarioSchema.Document.Variants.Name
                ? "a variant cannot change the variants"
                : "a variant or remedy cannot change the remedies");
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
            if (numbersOnly && !NamesNumber(childShape, existing?.Value))
            {
                return Fail(NotANumber(path, childShape, existing?.Value));
            }
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

    /// <summary>True when <paramref name="shape"/> holds one number: a quantity, a count, a fraction, or a duration written as a constant.</summary>
    private static bool NamesNumber(Shape shape, Node? current) => shape switch
    {
        QuantityShape or IntegerShape or ProbabilityShape or AmountShape => true,
        DistributionShape => current is ScalarNode { IsNull: false } constant && !constant.Value.Contains('('),
        _ => false,
    };

    private static string NotANumber(string path, Shape shape, Node? current)
    {
        if (shape is DistributionShape && current is ScalarNode { IsNull: false } written
            && DistributionCall.Parse(written.Value, "a distribution") is { Ok: true } call)
        {
            var parameters = string.Join(", ", call.Value.Arguments.Select(a => $"'{path}.{a.Name}'"));
            return $"'{path}' is the distribution '{written.Value}', not one number; name one of its parameters: {parameters}";
        }
        return $"'{path}' is {Article(shape.Summary)}, not one number";
    }

    private static string Article(string noun) => ("aeiou".Contains(noun[0]) ? "an " : "a ") + noun;

    /// <summary>The distribution written in <paramref name="written"/> with its parameter <paramref name="name"/> set to the override's value.</summary>
    private Node? Parameter(ScalarNode written, string name, string where)
    {
        var path = ObjectReader.Join(where, name);
        if (!written.Value.Contains('('))
        {
            return Fail($"{where} is the constant '{written.Value}', which has no parameter '{name}'; set '{where}' itself");
        }
        var call = DistributionCall.Parse(written.Value, "a distribution");
        var kind = call.Ok ? DistributionKind.Find(call.Value.Name) : null;
        if (kind is null)
        {
            return Fail($"{where} is not a distribution this version knows ('{written.Value}'), so it has no parameter '{name}'");
        }
        var parameter = kind.Parameters.FirstOrDefault(p => p.Name == name);
        if (parameter is null)
        {
            return Fail($"{kind.Name} has no parameter '{name}'" + Suggestions.DidYouMean(name, kind.Parameters.Select(p => p.Name).ToList()));
        }
        if (parameter.IsList && numbersOnly)
        {
            return Fail($"'{path}' is a list of values, not one number");
        }
        if (entry.Value is not ScalarNode { IsNull: false } value)
        {
            return Fail($"a distribution's parameter takes one value, got {entry.Value.Describe()}");
        }
        var arguments = call.Value.Arguments.Any(a => a.Name == name)
            ? call.Value.Arguments.Select(a => a.Name == name ? (Name: a.Name, Value: value.Value) : a)
            : call.Value.Arguments.Append((Name: name, Value: value.Value));
        var text = $"{call.Value.Name}({string.Join(", ", arguments.Select(a => $"{a.Name} = {a.Value}"))})";
        return new ScalarNode(value.Start, text, quoted: false);
    }

    private Node? Fail(string message)
    {
        context.Report(entry.KeyNode.Start, entry.Path, message);
        return null;
    }
}
