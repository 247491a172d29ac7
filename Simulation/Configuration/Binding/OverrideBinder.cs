using Shortfall.Configuration.Schema;
using Shortfall.Configuration.Yaml;
using Shortfall.Model.Definition;

namespace Shortfall.Configuration.Binding;

/// <summary>
/// Binds the overrides a program makes (<see cref="ScenarioOverride"/>) as the file's variants are bound.
/// Their values have no place in the file, so their problems are reported without a line and column,
/// at the overridden path: <c>file: carriers.truck.count: in override 'point-0003': must be at least 0, got '-1'</c>.
/// </summary>
internal static class OverrideBinder
{
    private static readonly Position Nowhere = new(0, 0);

    /// <summary>A variant for each override, or null when any has problems (reported to <paramref name="context"/>'s diagnostics).</summary>
    public static List<Variant>? Variants(MappingNode tree, IReadOnlyList<ScenarioOverride> overrides, BindContext context)
    {
        var before = context.Diagnostics.Count;
        var baselineTree = tree.Without(ScenarioSchema.Document.Variants.Name);
        var variants = new List<Variant>();
        foreach (var change in overrides)
        {
            if (PatchedScenario.Bind(baselineTree, Entries(change, context), context, $"override '{change.Name}'", change.NumbersOnly) is { } scenario)
            {
                variants.Add(new Variant(change.Name, "", null, scenario));
            }
        }
        return context.Diagnostics.Count > before ? null : variants;
    }

    /// <summary>The whole file's <paramref name="tree"/>, variants included, with <paramref name="point"/>'s values patched in (problems
    /// reported to <paramref name="context"/>'s diagnostics).</summary>
    public static Node Patched(MappingNode tree, ScenarioOverride point, BindContext context)
    {
        Node patched = tree;
        foreach (var entry in Entries(point, context))
        {
            patched = VariantPatcher.Apply(patched, entry, context, point.NumbersOnly);
        }
        return patched;
    }

    private static List<MapEntry<VariantPath>> Entries(ScenarioOverride change, BindContext context)
    {
        var entries = new List<MapEntry<VariantPath>>();
        foreach (var (path, value) in change.Set)
        {
            var key = VariantPath.Parse(path);
            if (!key.Ok)
            {
                context.Report(Nowhere, path, $"in override '{change.Name}': {key.Error}");
                continue;
            }
            entries.Add(new MapEntry<VariantPath>(key.Value, new ScalarNode(Nowhere, path, quoted: false), new ScalarNode(Nowhere, value, quoted: false),
                path));
        }
        return entries;
    }
}
