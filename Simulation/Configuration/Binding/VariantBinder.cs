using Shortfall.Configuration.Schema;
using Shortfall.Configuration.Yaml;
using Shortfall.Model.Definition;
using Fields = Shortfall.Configuration.Schema.ScenarioSchema;

namespace Shortfall.Configuration.Binding;

/// <summary>
/// Binds each variant: its overrides are patched into the baseline tree (without the variants section),
/// and the patched tree is bound like the baseline (<see cref="PatchedScenario"/>). Problems the variant
/// brings are reported prefixed with "in variant 'name': ", at the variant's own lines when they come
/// from its values.
/// </summary>
internal static class VariantBinder
{
    /// <summary>The variants, or null when any has problems (reported to <paramref name="root"/>'s diagnostics).</summary>
    public static List<Variant>? Variants(ObjectReader root, MappingNode tree)
    {
        var diagnostics = root.Context.Diagnostics;
        var before = diagnostics.Count;
        var baselineTree = PatchedScenario.BaselineOf(tree);
        var variants = new List<Variant>();
        foreach (var (name, reader) in root.Named(Fields.Document.Variants))
        {
            if (name == ScenarioFile.BaselineName)
            {
                reader.Context.Report(reader.Position, reader.Path, $"'{name}' names the unchanged scenario in the results; give the variant another name");
            }
            var description = reader.Get(Fields.Variant.Description, "");
            double? cost = reader.TryGet<double>(Fields.Variant.Cost, out var c) ? c : null;
            var scenario = PatchedScenario.Bind(baselineTree, reader.Entries<VariantPath>(Fields.Variant.Set), reader.Context, $"variant '{name}'");
            if (scenario is not null)
            {
                variants.Add(new Variant(name, description, cost, scenario));
            }
        }
        return diagnostics.Count > before ? null : variants;
    }
}
