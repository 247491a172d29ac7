using Shortfall.Configuration.Yaml;

namespace Shortfall.Configuration.Binding;

/// <summary>
/// The names a file declares, gathered from the tree before anything is bound, so that a reference
/// to a material whose own definition has an error is not reported a second time as undefined.
/// A kind whose section is malformed is unknown, and references to it are not checked.
/// </summary>
internal sealed class DeclaredNames
{
    private readonly Dictionary<NameKind, IReadOnlyList<string>?> _names = [];

    /// <summary>The names declared in <paramref name="tree"/>: keys of its named sections, and the programmes of its lines.
    /// When the tree is not a mapping every kind is unknown.</summary>
    public static DeclaredNames Of(Node tree)
    {
        var names = new DeclaredNames();
        if (tree is not MappingNode root)
        {
            foreach (var kind in Enum.GetValues<NameKind>())
            {
                names._names[kind] = null;
            }
            return names;
        }
        names._names[NameKind.Period] = Keys(root, "periods");
        names._names[NameKind.Calendar] = Keys(root, "calendars");
        names._names[NameKind.Material] = Keys(root, "materials");
        names._names[NameKind.Product] = Keys(root, "products");
        names._names[NameKind.Destination] = Keys(root, "destinations");
        names._names[NameKind.Programme] = Programmes(root);
        return names;
    }

    /// <summary>The names of <paramref name="kind"/>, or null when its section could not be read.</summary>
    public IReadOnlyList<string>? Of(NameKind kind) => _names[kind];

    public static string Noun(NameKind kind) => kind.ToString().ToLowerInvariant();

    public static string Plural(NameKind kind) => kind switch
    {
        NameKind.Period => "periods",
        NameKind.Calendar => "calendars",
        NameKind.Material => "materials",
        NameKind.Product => "products",
        NameKind.Destination => "destinations",
        NameKind.Programme => "programmes",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static IReadOnlyList<string>? Keys(MappingNode root, string section) =>
        root.Find(section)?.Value switch
        {
            null => [],
            ScalarNode { IsNull: true } => [],
            MappingNode mapping => mapping.Entries.Select(e => e.Key.Value).ToList(),
            _ => null,
        };

    /// <summary>Programmes exist only as the <c>programme</c> of some line.</summary>
    private static IReadOnlyList<string>? Programmes(MappingNode root)
    {
        if (root.Find("lines")?.Value is not MappingNode lines)
        {
            return root.Find("lines") is null ? [] : null;
        }
        return lines.Entries
            .Select(e => (e.Value as MappingNode)?.Find("programme")?.Value)
            .OfType<ScalarNode>()
            .Where(s => !s.IsNull)
            .Select(s => s.Value)
            .Distinct()
            .ToList();
    }
}
