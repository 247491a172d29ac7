using Shortfall.Configuration.Schema;
using Shortfall.Configuration.Yaml;
using Shortfall.Model.Definition;

namespace Shortfall.Configuration.Binding;

/// <summary>
/// The baseline tree with overrides applied, bound like the baseline. The one way a variant, and any
/// override a program makes, becomes a scenario: problems it brings are reported prefixed with what it
/// is ("in variant 'name': "), problems the baseline already has are not repeated.
/// </summary>
internal static class PatchedScenario
{
    /// <summary>The baseline's tree: the file without the sections that change it (variants and remedies).</summary>
    public static MappingNode BaselineOf(MappingNode tree) =>
        tree.Without(ScenarioSchema.Document.Variants.Name).Without(ScenarioSchema.Document.Remedies.Name);

    /// <summary>The scenario, or null when the overrides leave problems (reported to <paramref name="context"/>'s diagnostics).</summary>
    public static Scenario? Bind(Node baselineTree, IEnumerable<MapEntry<VariantPath>> overrides, BindContext context, string what,
        bool numbersOnly = false)
    {
        var diagnostics = context.Diagnostics;
        var patched = baselineTree;
        foreach (var entry in overrides)
        {
            patched = VariantPatcher.Apply(patched, entry, context, numbersOnly);
        }
        var own = new DiagnosticBag(diagnostics.File);
        var scenario = ScenarioBinder.Bind(patched, own);
        var baseline = diagnostics.Sorted();
        foreach (var problem in own.Sorted().Where(d => !baseline.Contains(d)))
        {
            diagnostics.Add(problem with { Message = $"in {what}: {problem.Message}" });
        }
        return scenario;
    }
}
