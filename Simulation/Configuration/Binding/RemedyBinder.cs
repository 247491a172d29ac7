using System.Text.RegularExpressions;
using Shortfall.Configuration.Schema;
using Shortfall.Configuration.Units;
using Shortfall.Configuration.Yaml;
using Shortfall.Model.Definition;
using Fields = Shortfall.Configuration.Schema.ScenarioSchema;

namespace Shortfall.Configuration.Binding;

/// <summary>
/// Binds the <c>remedies:</c> section and checks it: costs and units as the schema says, <c>excludes:</c> names that exist,
/// <c>add:</c> amounts whose baseline value is a number or quantity of the same dimension, no two remedies that may be bought
/// together changing one path (or one inside the other) unless both add to it, and each remedy, bought at its most units,
/// binding like a variant. Problems are reported at the remedy's own keys.
/// </summary>
internal static partial class RemedyBinder
{
    [GeneratedRegex(@"^[+-]?[0-9][0-9_]*(\.[0-9]+)?([eE][+-]?[0-9]+)?")]
    private static partial Regex LeadingNumber();

    /// <summary>The remedies in file order, or null when any has problems (reported to <paramref name="root"/>'s diagnostics).</summary>
    public static List<BoundRemedy>? Remedies(ObjectReader root, MappingNode tree)
    {
        var context = root.Context;
        var before = context.Diagnostics.Count;
        var baselineTree = PatchedScenario.BaselineOf(tree);
        var names = root.Entries<string>(Fields.Document.Remedies).Select(e => e.Key).ToList();
        var remedies = new List<BoundRemedy>();
        foreach (var (name, reader) in root.Named(Fields.Document.Remedies))
        {
            var cost = reader.Get(Fields.Remedy.Cost, 0.0);
            var units = reader.Get(Fields.Remedy.Units, 1);
            var excludes = new List<string>();
            foreach (var item in reader.List<string>(Fields.Remedy.Excludes))
            {
                if (item.Value == name)
                {
                    context.Report(item.Node.Start, item.Path, "a remedy cannot exclude itself");
                }
                else if (!names.Contains(item.Value))
                {
                    context.Report(item.Node.Start, item.Path, $"no remedy '{item.Value}'" + Suggestions.DidYouMean(item.Value, names));
                }
                else
                {
                    excludes.Add(item.Value);
                }
            }
            var set = reader.Entries<VariantPath>(Fields.Remedy.Set);
            var add = reader.Entries<VariantPath>(Fields.Remedy.Add).Select(e => Addition(e, baselineTree, context)).OfType<RemedyAddition>().ToList();
            if (!reader.Has(Fields.Remedy.Set) && !reader.Has(Fields.Remedy.Add))
            {
                context.Report(reader.Position, reader.Path, "a remedy must change something: give set:, add: or both");
            }
            var remedy = new BoundRemedy(new Remedy(name, reader.Get(Fields.Remedy.Description, ""), cost, units, excludes), set, add);
            CheckOwnPaths(remedy, context);
            PatchedScenario.Bind(baselineTree, RemedyPortfolio.Entries([(remedy, units)]), context, $"remedy '{name}' ({units} unit{(units == 1 ? "" : "s")})");
            remedies.Add(remedy);
        }
        var symmetric = remedies.Select(r => r with
        {
            Definition = r.Definition with
            {
                Excludes = r.Definition.Excludes.Union(remedies.Where(o => o.Definition.Excludes.Contains(r.Definition.Name)).Select(o => o.Definition.Name))
                    .ToList(),
            },
        }).ToList();
        CheckConflicts(symmetric, context);
        return context.Diagnostics.Count > before ? null : symmetric;
    }

    /// <summary>An <c>add:</c> entry read against the baseline, or null (reported).</summary>
    private static RemedyAddition? Addition(MapEntry<VariantPath> entry, Node baselineTree, BindContext context)
    {
        if (Find(baselineTree, entry.Key) is not ScalarNode { IsNull: false } written)
        {
            context.Report(entry.KeyNode.Start, entry.Path, $"the baseline has no number or quantity at '{entry.Key.Text}' to add to; use set: instead");
            return null;
        }
        var baseline = Quantity.Parse(written.Value, context.Units, "a number or quantity");
        if (!baseline.Ok)
        {
            context.Report(entry.KeyNode.Start, entry.Path, $"the baseline's '{entry.Key.Text}' is not a number or quantity to add to: {baseline.Error}");
            return null;
        }
        if (entry.Value is not ScalarNode { IsNull: false } amountNode)
        {
            context.Report(entry.Value.Start, entry.Path, $"expected an amount to add per unit, like '{written.Value}', got {entry.Value.Describe()}");
            return null;
        }
        var amount = Quantity.Parse(amountNode.Value, context.Units, $"an amount like '{written.Value}'");
        if (!amount.Ok)
        {
            context.Report(amountNode.Start, entry.Path, amount.Error);
            return null;
        }
        var b = baseline.Value;
        var a = amount.Value;
        if (a.Dimension != b.Dimension || a.Per?.Symbol != b.Per?.Symbol)
        {
            context.Report(amountNode.Start, entry.Path, $"'{a.Text}' cannot be added to the baseline's '{b.Text}': write it like '{b.Text}'");
            return null;
        }
        var perUnit = a.Unit is null || b.Unit is null ? a.Number : a.Number * a.Unit.Factor / b.Unit.Factor;
        return new RemedyAddition(entry, b, perUnit, written.Value.Trim()[LeadingNumber().Match(written.Value.Trim()).Length..]);
    }

    /// <summary>The node at <paramref name="path"/> in <paramref name="tree"/>, or null when a step is missing.</summary>
    private static Node? Find(Node tree, VariantPath path)
    {
        var node = tree;
        foreach (var segment in path.Segments)
        {
            node = (segment.Key, node) switch
            {
                (null, SequenceNode list) when segment.Index < list.Items.Count => list.Items[segment.Index],
                ({ } key, MappingNode mapping) => mapping.Find(key)?.Value,
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }
        return node;
    }

    private static void CheckOwnPaths(BoundRemedy remedy, BindContext context)
    {
        foreach (var set in remedy.Set)
        {
            if (remedy.Add.FirstOrDefault(a => Overlap(a.Entry.Key, set.Key)) is { } add)
            {
                context.Report(add.Entry.KeyNode.Start, add.Entry.Path, $"the remedy also sets '{set.Key.Text}' (line {set.KeyNode.Start.Line})");
            }
        }
    }

    private static void CheckConflicts(List<BoundRemedy> remedies, BindContext context)
    {
        for (var j = 1; j < remedies.Count; j++)
        {
            for (var i = 0; i < j; i++)
            {
                var first = remedies[i].Definition;
                if (first.Excludes.Contains(remedies[j].Definition.Name))
                {
                    continue;
                }
                foreach (var (earlier, addsEarlier) in remedies[i].Changes)
                {
                    foreach (var (later, addsLater) in remedies[j].Changes)
                    {
                        if (Overlap(earlier.Key, later.Key) && !(addsEarlier && addsLater && earlier.Key.Text == later.Key.Text))
                        {
                            context.Report(later.KeyNode.Start, later.Path,
                                $"remedy '{first.Name}' also changes '{earlier.Key.Text}' (line {earlier.KeyNode.Start.Line}); say how they combine: " +
                                $"add: amounts that add up, or excludes: [{first.Name}] when they are never bought together");
                        }
                    }
                }
            }
        }
    }

    /// <summary>True when one path is the other or lies inside it.</summary>
    private static bool Overlap(VariantPath a, VariantPath b)
    {
        var n = Math.Min(a.Segments.Count, b.Segments.Count);
        return a.Segments.Take(n).SequenceEqual(b.Segments.Take(n));
    }
}
