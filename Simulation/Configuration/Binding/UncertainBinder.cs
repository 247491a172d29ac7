using Shortfall.Configuration.Calibration;
using Shortfall.Configuration.Schema;
using Shortfall.Configuration.Yaml;
using Fields = Shortfall.Configuration.Schema.ScenarioSchema;

namespace Shortfall.Configuration.Binding;

/// <summary>
/// Binds the <c>uncertain:</c> section. Each path must name one number of the baseline (a quantity, an amount, a count, a
/// probability or a distribution's parameter, as a sweep's path does), and the baseline must stay valid at both ends of the
/// prior's range: the scenario is patched and bound at each end, as a variant is, so a path that does not resolve, a unit that
/// does not suit the number, or a range that leaves the number's bounds is reported at the entry, with the file's line and column.
/// </summary>
internal static class UncertainBinder
{
    /// <summary>The uncertain inputs, or null when any has problems (reported to <paramref name="root"/>'s diagnostics).</summary>
    public static List<UncertainInput>? Inputs(ObjectReader root, MappingNode tree)
    {
        var context = root.Context;
        var before = context.Diagnostics.Count;
        var baselineTree = tree.Without(Fields.Document.Variants.Name);
        var inputs = new List<UncertainInput>();
        foreach (var entry in root.Entries<VariantPath>(Fields.Document.Uncertain))
        {
            if (!context.TryRead(PriorShape.Instance, entry.Value, entry.Path, out var written))
            {
                continue;
            }
            var input = new UncertainInput(entry.Key.Text, written.Prior, written.Unit, Target(entry.Key) is IntegerShape);
            if (Checked(input, entry, baselineTree, context))
            {
                inputs.Add(input);
            }
        }
        var repeated = inputs.GroupBy(i => i.Path).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            root.Context.Report(Position.FileStart, $"uncertain.{repeated.Key}", "the same number is uncertain twice");
        }
        return context.Diagnostics.Count > before ? null : inputs;
    }

    // The baseline patched at the prior's lower and then its upper end must bind; the second is tried only when the first did.
    private static bool Checked(UncertainInput input, MapEntry<VariantPath> entry, Node baselineTree, BindContext context)
    {
        foreach (var end in new[] { input.Prior.Low, input.Prior.High })
        {
            var before = context.Diagnostics.Count;
            var value = input.Format(end);
            var patch = entry with { Value = new ScalarNode(entry.Value.Start, value, quoted: false) };
            PatchedScenario.Bind(baselineTree, [patch], context, $"uncertain '{input.Path}' at its prior's {(end == input.Prior.Low ? "lower" : "upper")} " +
                $"end, {value}", numbersOnly: true);
            if (context.Diagnostics.Count > before)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The shape of the value <paramref name="path"/> names in the format, to tell counts (rounded) from other numbers; null
    /// for a distribution's parameter or a path the format does not have (the patch reports that, with the nearest valid name).</summary>
    private static Shape? Target(VariantPath path)
    {
        Shape? shape = Fields.Root;
        foreach (var segment in path.Segments)
        {
            shape = (segment.Key, shape) switch
            {
                (null, ListShape list) => list.Items,
                ({ } key, ObjectShape o) => o.Find(key)?.Shape,
                (not null, MapShape m) => m.Values,
                _ => null,
            };
            if (shape is null)
            {
                return null;
            }
        }
        return shape;
    }
}
