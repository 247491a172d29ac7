using Shortfall.Configuration.Schema;
using Shortfall.Configuration.Units;
using Shortfall.Configuration.Yaml;

namespace Shortfall.Configuration.Binding;

/// <summary>
/// Reads one object of the file through its <see cref="ObjectShape"/>. Opening it reports unknown keys
/// (with the nearest valid name) and missing required keys; reading a field reports values of the wrong
/// form at their own position. Every read goes on after a problem, so that all problems are reported.
/// An object may take keys it lacks from a defaults object (destinations from destination_defaults).
/// </summary>
internal sealed class ObjectReader
{
    private readonly MappingNode _mapping;
    private readonly ObjectReader? _defaults;

    private ObjectReader(MappingNode mapping, ObjectShape shape, string path, Position position, BindContext context, ObjectReader? defaults)
    {
        _mapping = mapping;
        Shape = shape;
        Path = path;
        Position = position;
        Context = context;
        _defaults = defaults;
    }

    public ObjectShape Shape { get; }

    /// <summary>The object's path, e.g. <c>carriers.truck</c> (empty for the document).</summary>
    public string Path { get; }

    /// <summary>Where the object is named (its key), where missing keys are reported.</summary>
    public Position Position { get; }

    public BindContext Context { get; }

    /// <summary>Opens <paramref name="node"/> as a <paramref name="shape"/>, or reports why it is not one and returns null.
    /// An empty value counts as an object with no keys.</summary>
    public static ObjectReader? Open(Node node, ObjectShape shape, string path, Position position, BindContext context, ObjectReader? defaults = null)
    {
        var mapping = node switch
        {
            MappingNode m => m,
            ScalarNode { IsNull: true } => new MappingNode(node.Start, []),
            _ => null,
        };
        if (mapping is null)
        {
            context.Report(node.Start, path, $"expected a mapping with keys such as {string.Join(", ", shape.Keys.Take(3))}, got {node.Describe()}");
            return null;
        }
        var reader = new ObjectReader(mapping, shape, path, position, context, defaults);
        reader.CheckKeys();
        return reader;
    }

    public static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    private void CheckKeys()
    {
        foreach (var entry in _mapping.Entries)
        {
            if (Shape.Find(entry.Key.Value) is null)
            {
                Context.Report(entry.Key.Start, Join(Path, entry.Key.Value), $"unknown key " +
                    $"'{entry.Key.Value}'" + Suggestions.DidYouMean(entry.Key.Value, Shape.Keys.ToList()));
            }
        }
        foreach (var field in Shape.Fields.Where(f => f.Required && Value(f) is null))
        {
            var written = _mapping.Find(field.Name);
            if (written is null)
            {
                Context.Report(Position, Path, $"missing required key '{field.Name}'");
            }
            else
            {
                Context.Report(written.Key.Start, Join(Path, field.Name), "a value is required");
            }
        }
    }

    /// <summary>The value of <paramref name="field"/> and its path, here or in the defaults; null when absent or empty.</summary>
    public (Node Node, string Path)? Value(Field field)
    {
        var entry = _mapping.Find(field.Name);
        if (entry is not null && entry.Value is not ScalarNode { IsNull: true })
        {
            return (entry.Value, Join(Path, field.Name));
        }
        return _defaults?.Value(field);
    }

    public bool Has(Field field) => Value(field) is not null;

    /// <summary>Reads a scalar field; false when it is absent or was reported as invalid.</summary>
    public bool TryGet<T>(Field field, out T value)
    {
        value = default!;
        return Value(field) is { } found && Context.TryRead(Scalar<T>(field.Shape), found.Node, found.Path, out value);
    }

    /// <summary>A scalar field's value, or <paramref name="fallback"/> when it is absent or invalid (invalid ones are reported).</summary>
    public T Get<T>(Field field, T fallback) => TryGet<T>(field, out var value) ? value : fallback;

    /// <summary>An amount field in <paramref name="unit"/>, the unit of <paramref name="owner"/>; <paramref name="fallback"/> when
    /// absent, invalid (reported) or when the unit is unknown.</summary>
    public double Amount(Field field, Unit? unit, string owner, double fallback) =>
        Value(field) is { } found ? Context.Amount((AmountShape)field.Shape, found.Node, found.Path, unit, owner) ?? fallback : fallback;

    /// <summary>The items of a list-of-scalars field (empty when absent); a single scalar counts as a list of one.</summary>
    public IReadOnlyList<Item<T>> List<T>(Field field) =>
        Value(field) is { } found ? Context.ReadList<T>((ListShape)field.Shape, found.Node, found.Path) : [];

    /// <summary>The object a field holds, or null when it is absent or not an object (reported).</summary>
    public ObjectReader? Object(Field field)
    {
        if (Value(field) is not { } found)
        {
            return null;
        }
        var position = _mapping.Find(field.Name)?.Key.Start ?? found.Node.Start;
        return Open(found.Node, (ObjectShape)field.Shape, found.Path, position, Context);
    }

    /// <summary>The objects of a list-of-objects field, skipping items that are not objects (reported).</summary>
    public IEnumerable<ObjectReader> Objects(Field field)
    {
        var list = (ListShape)field.Shape;
        if (Value(field) is not { } found)
        {
            yield break;
        }
        foreach (var (node, path) in Context.ListNodes(list, found.Node, found.Path))
        {
            if (Open(node, (ObjectShape)list.Items, path, node.Start, Context) is { } reader)
            {
                yield return reader;
            }
        }
    }

    /// <summary>The entries of a map field whose keys read as <typeparamref name="TKey"/> (bad keys are reported and skipped).</summary>
    public IReadOnlyList<MapEntry<TKey>> Entries<TKey>(Field field)
    {
        var shape = (MapShape)field.Shape;
        if (Value(field) is not { } found)
        {
            return [];
        }
        if (found.Node is not MappingNode mapping)
        {
            Context.Report(found.Node.Start, found.Path, $"expected a mapping of {shape.Keys.Summary} → {shape.Values.Summary}, got {found.Node.Describe()}");
            return [];
        }
        if (shape.Single && mapping.Entries.Count != 1)
        {
            Context.Report(found.Node.Start, found.Path, $"expected exactly one {shape.Keys.Summary}, got {mapping.Entries.Count}");
        }
        var entries = new List<MapEntry<TKey>>();
        foreach (var entry in mapping.Entries)
        {
            var path = Join(found.Path, entry.Key.Value);
            if (Context.TryRead(Scalar<TKey>(shape.Keys), entry.Key, path, out var key))
            {
                entries.Add(new MapEntry<TKey>(key, entry.Key, entry.Value, path));
            }
        }
        return entries;
    }

    /// <summary>The objects of a name → object map, opened, with their names.</summary>
    public IEnumerable<(string Name, ObjectReader Reader)> Named(Field field, Func<ObjectReader?>? defaults = null)
    {
        var shape = (ObjectShape)((MapShape)field.Shape).Values;
        foreach (var entry in Entries<string>(field))
        {
            if (Open(entry.Value, shape, entry.Path, entry.KeyNode.Start, Context, defaults?.Invoke()) is { } reader)
            {
                yield return (entry.Key, reader);
            }
        }
    }

    public static ScalarShape<T> Scalar<T>(Shape shape) =>
        shape as ScalarShape<T> ?? throw new InvalidOperationException($"the schema's {shape.Summary} is not read as {typeof(T).Name}");
}
