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

    /// <summary>A variant for each override, or null when any has problems (reported to <paramref name="context"/>'s diagnostics).
    /// An override's remedies are looked up in <paramref name="remedies"/> (null when the section has problems, already reported).</summary>
    public static List<Variant>? Variants(MappingNode tree, IReadOnlyList<ScenarioOverride> overrides, IReadOnlyList<BoundRemedy>? remedies,
        BindContext context)
    {
        var before = context.Diagnostics.Count;
        var baselineTree = PatchedScenario.BaselineOf(tree);
        var variants = new List<Variant>();
        foreach (var change in overrides)
        {
            // The remedies make the portfolio's tree, whatever they set; NumbersOnly governs the override's own pairs.
            var portfolioTree = RemedyPortfolio.Entries(Bought(change, remedies ?? [], context))
                .Aggregate((Node)baselineTree, (tree, entry) => VariantPatcher.Apply(tree, entry, context));
            var entries = Entries(change, context);
            if (PatchedScenario.Bind(portfolioTree, entries, context, $"override '{change.Name}'", change.NumbersOnly) is { } scenario)
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

    /// <summary>The remedies <paramref name="change"/> buys, with their units; unknown names and units out of range are reported.</summary>
    private static List<(BoundRemedy, int)> Bought(ScenarioOverride change, IReadOnlyList<BoundRemedy> remedies, BindContext context)
    {
        var bought = new List<(BoundRemedy, int)>();
        foreach (var (name, units) in change.Remedies)
        {
            var remedy = remedies.FirstOrDefault(r => r.Definition.Name == name);
            if (remedy is null)
            {
                var known = remedies.Select(r => r.Definition.Name).ToList();
                context.Report(Nowhere, ScenarioSchema.Document.Remedies.Name, $"in override '{change.Name}': no remedy '{name}'" +
                    Suggestions.DidYouMean(name, known));
            }
            else if (units < 1 || units > remedy.Definition.Units)
            {
                context.Report(Nowhere, $"{ScenarioSchema.Document.Remedies.Name}.{name}",
                    $"in override '{change.Name}': {units} units, but the remedy allows 1 to {remedy.Definition.Units}");
            }
            else
            {
                bought.Add((remedy, units));
            }
        }
        return bought;
    }
}
