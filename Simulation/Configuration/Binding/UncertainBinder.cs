using Shortfall.Configuration.Calibration;
using Shortfall.Configuration.Schema;
using Shortfall.Configuration.Yaml;
using Fields = Shortfall.Configuration.Schema.ScenarioSchema;

namespace Shortfall.Configuration.Binding;

/// <summary>
/// Binds the <c>uncertain:</c> section. Each path must name a number of the baseline (a quantity, an amount, a count or a
/// probability), and the baseline must stay valid at both ends of the prior's range: the scenario is patched and bound at
/// each end, as a variant is, so a path that does not resolve, a unit that does not suit the number, or a range that leaves
/// the number's bounds is reported at the entry, with the file's line and column.
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
            var target = Target(entry.Key);
            if (target is not null && !IsNumber(target))
            {
                context.Report(entry.KeyNode.Start, entry.Path,
                    $"'{entry.Key.Text}' is a {target.Summary}, not a number; a prior goes on a quantity, an amount, a count or a probability");
                continue;
            }
            var input = new UncertainInput(entry.Key.Text, written.Prior, written.Unit, target is IntegerShape);
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

    private static bool IsNumber(Shape shape) => shape is QuantityShape or AmountShape or IntegerShape or ProbabilityShape;

    // The baseline patched at the prior's lower and then its upper end must bind; the second is tried only when the first did.
    private static bool Checked(UncertainInput input, MapEntry<VariantPath> entry, Node baselineTree, BindContext context)
    {
        foreach (var end in new[] { input.Prior.Low, input.Prior.High })
        {
            var before = context.Diagnostics.Count;
            var value = input.Format(end);
            var patch = entry with { Value = new ScalarNode(entry.Value.Start, value, quoted: false) };
            PatchedScenario.Bind(baselineTree, [patch], context, $"uncertain '{input.Path}' at its prior's {(end == input.Prior.Low ? "lower" : "upper")} " +
                $"end, {value}");
            if (context.Diagnostics.Count > before)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The shape of the value <paramref name="path"/> names in the format, or null when the format has no such value
    /// (the patch then reports it, with the nearest valid name).</summary>
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
