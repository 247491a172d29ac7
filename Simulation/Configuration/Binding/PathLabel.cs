using Shortfall.Configuration.Schema;
using Shortfall.Configuration.Yaml;

namespace Shortfall.Configuration.Binding;

/// <summary>
/// A reader's name for the number a path addresses, from the scenario itself: a named entry by its name (<c>carriers.truck.count</c>
/// is "truck count"), a list item by its first written value and the list's noun (<c>allocations[3].quantity</c> is "diesel allocation
/// quantity"), a distribution's parameter in brackets (<c>power.outages.up.mean</c> is "time between power outages (mean)"), keys with
/// their underscores as spaces. A path that does not resolve keeps its own text.
/// </summary>
internal static class PathLabel
{
    // Keys whose words alone would not say what they are.
    private static readonly (string Words, string Phrase)[] Phrases =
    [
        ("power outages up", "time between power outages"),
        ("power outages down", "power outage length"),
    ];

    public static string For(MappingNode tree, string path)
    {
        if (VariantPath.Parse(path) is not { Ok: true } parsed)
        {
            return path;
        }

        var words = new List<string>();
        Node? node = tree;
        Shape? shape = ScenarioSchema.Root;
        foreach (var segment in parsed.Value.Segments)
        {
            if (segment.Key is not { } key)
            {
                // A list item: its first written value (an allocation's material) and the list's noun in the singular.
                var item = node is SequenceNode list && segment.Index < list.Items.Count ? list.Items[segment.Index] : null;
                var noun = words.Count > 0 ? Singular(words[^1]) : "item";
                var name = (item as MappingNode)?.Entries.Select(e => e.Value).OfType<ScalarNode>().FirstOrDefault(s => !s.IsNull)?.Value;
                Replace(words, name is null ? $"{noun} {segment.Index + 1}" : $"{name} {noun}");
                (node, shape) = (item, (shape as ListShape)?.Items);
                continue;
            }
            switch (shape)
            {
                case DistributionShape:
                    words[^1] += $" ({key})";
                    (node, shape) = (null, null);
                    break;
                case MapShape map:
                    // A named entry: its name says more than the section's.
                    Replace(words, key);
                    (node, shape) = ((node as MappingNode)?.Find(key)?.Value, map.Values);
                    break;
                case ObjectShape named:
                    words.Add(key.Replace('_', ' '));
                    (node, shape) = ((node as MappingNode)?.Find(key)?.Value, named.Find(key)?.Shape);
                    break;
                default:
                    return path;
            }
        }
        var label = string.Join(" ", words);
        foreach (var (plain, phrase) in Phrases)
        {
            if (label.StartsWith(plain, StringComparison.Ordinal))
            {
                label = phrase + label[plain.Length..];
            }
        }
        return label;
    }

    private static void Replace(List<string> words, string word)
    {
        if (words.Count > 0)
        {
            words[^1] = word;
        }
        else
        {
            words.Add(word);
        }
    }

    private static string Singular(string noun) => noun.EndsWith('s') ? noun[..^1] : noun;
}
