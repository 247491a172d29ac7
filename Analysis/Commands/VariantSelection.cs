using Shortfall.Model.Definition;

namespace Shortfall.Analysis.Commands;

/// <summary>Which variants of a scenario file a command runs: always the baseline first, then the named ones in file order, or all.</summary>
internal static class VariantSelection
{
    /// <summary>The name of the baseline among the variants.</summary>
    public const string Baseline = ScenarioFile.BaselineName;

    /// <summary>The baseline and the chosen variants, as (name, cost, scenario), in file order.</summary>
    /// <exception cref="UsageException">When a name is not a variant of the file, or names and <paramref name="all"/> are both given.</exception>
    public static IReadOnlyList<Variant> Select(ScenarioFile file, IReadOnlyList<string> names, bool all)
    {
        if (all && names.Count > 0)
        {
            throw new UsageException("--variant and --all-variants exclude each other.");
        }

        var known = file.Variants.Select(v => v.Name).ToArray();
        var unknown = names.Where(n => n != Baseline && !known.Contains(n)).ToArray();
        if (unknown.Length > 0)
        {
            var available = known.Length == 0 ? "the file has no variants" : "the file's variants are: " + string.Join(", ", known);
            throw new UsageException($"no variant named {string.Join(", ", unknown.Select(n => $"'{n}'"))} in {file.Path}; {available}.");
        }
        var baseline = new Variant(Baseline, file.Baseline.Description, null, file.Baseline);
        return [baseline, .. file.Variants.Where(v => all || names.Contains(v.Name))];
    }
}
