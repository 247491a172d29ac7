using Shortfall.Configuration.Schema;
using Shortfall.Configuration.Units;
using Shortfall.Configuration.Yaml;

namespace Shortfall.Configuration.Binding;

/// <summary>What binding one scenario tree needs: where to report problems, its units (with its currency)
/// and the names it declares.</summary>
internal sealed class BindContext(DiagnosticBag diagnostics, UnitTable units, DeclaredNames names)
{
    /// <summary>The context for binding <paramref name="tree"/>: its currency is read ahead, because every amount of
    /// money needs it as a unit, and so are its declared names.</summary>
    public static BindContext For(Node tree, DiagnosticBag diagnostics)
    {
        var currency = tree is MappingNode root
            && root.Find(ScenarioSchema.Document.Scenario.Name)?.Value is MappingNode info
            && info.Find(ScenarioSchema.Info.Currency.Name)?.Value is ScalarNode { IsNull: false } written
            && written.Value.Trim().All(char.IsLetter)
                ? written.Value.Trim()
                : null;
        return new BindContext(diagnostics, UnitTable.For(currency), DeclaredNames.Of(tree));
    }

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public UnitTable Units { get; } = units;

    public DeclaredNames Names { get; } = names;

    public void Report(Position position, string path, string message) => Diagnostics.Report(position, path, message);

    /// <summary>Reads <paramref name="node"/> as <paramref name="shape"/>; reports at the node and returns false when it
    /// is not a scalar, is empty, or does not parse.</summary>
    public bool TryRead<T>(ScalarShape<T> shape, Node node, string path, out T value)
    {
        value = default!;
        if (node is not ScalarNode scalar || scalar.IsNull)
        {
            Report(node.Start, path, $"expected {shape.Expected}, got {node.Describe()}");
            return false;
        }
        var text = scalar.Value.Trim();
        if (text.Length == 0)
        {
            Report(node.Start, path, $"expected {shape.Expected}, got ''");
            return false;
        }
        // A tree is immutable, and a template's is bound again for every override (a calibration's attempts, an optimisation's
        // portfolios), reading the same nodes as the same shapes: each scalar keeps its last reading, with the shape and unit table it
        // was read with, and is not parsed again while they are the same.
        if (scalar.Reading is Reading reading && ReferenceEquals(reading.Shape, shape) && ReferenceEquals(reading.Units, Units))
        {
            value = (T)reading.Value!;
            return true;
        }
        var parsed = shape.Parse(text, this);
        if (!parsed.Ok)
        {
            Report(node.Start, path, parsed.Error);
            return false;
        }
        value = parsed.Value;
        if (!shape.ReadsDeclaredNames)
        {
            scalar.Reading = new Reading(shape, Units, value);
        }
        return true;
    }

    /// <summary>The items of a list of scalars at <paramref name="node"/> that read well (the others are reported);
    /// a single scalar counts as a list of one.</summary>
    public IReadOnlyList<Item<T>> ReadList<T>(ListShape shape, Node node, string path)
    {
        var items = new List<Item<T>>();
        foreach (var (item, itemPath) in ListNodes(shape, node, path))
        {
            if (TryRead(ObjectReader.Scalar<T>(shape.Items), item, itemPath, out var value))
            {
                items.Add(new Item<T>(value, item, itemPath));
            }
        }
        return items;
    }

    /// <summary>The item nodes of a list with their paths (<c>seasons[0]</c>); a scalar stands for a list of one where the
    /// shape allows it; anything else is reported and yields nothing.</summary>
    public IEnumerable<(Node Node, string Path)> ListNodes(ListShape shape, Node node, string path)
    {
        switch (node)
        {
            case SequenceNode sequence:
                return sequence.Items.Select((item, i) => (item, $"{path}[{i}]"));
            case ScalarNode scalar when shape.SingleAllowed:
                return [(scalar, path)];
            default:
                Report(node.Start, path, $"expected a {shape.Summary}, got {node.Describe()}");
                return [];
        }
    }

    /// <summary>Reads an amount at <paramref name="node"/> into <paramref name="unit"/>, the unit of <paramref name="owner"/>
    /// (e.g. "material soybeans"); null when it is invalid (reported) or the unit is unknown (reported where it is declared).</summary>
    public double? Amount(AmountShape shape, Node node, string path, Unit? unit, string owner)
    {
        if (!TryRead(shape, node, path, out var quantity) || unit is null)
        {
            return null;
        }
        var converted = shape.Convert(quantity, unit, owner);
        if (!converted.Ok)
        {
            Report(node.Start, path, converted.Error);
            return null;
        }
        return converted.Value;
    }

    /// <summary>True when problems have been reported since <paramref name="count"/> was taken.</summary>
    public bool HasNewErrors(int count) => Diagnostics.Count > count;

    /// <summary>A scalar's value as <see cref="Shape"/> read it with <see cref="Units"/>.</summary>
    private sealed record Reading(ScalarShape Shape, UnitTable Units, object? Value);
}
