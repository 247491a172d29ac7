using System.Globalization;
using Shortfall.Configuration.Schema;
using Shortfall.Configuration.Yaml;

namespace Shortfall.Configuration.Binding;

/// <summary>
/// The overrides of a portfolio of remedies: every bought remedy's <c>set:</c> entries, then one entry per path that
/// remedies add to, holding the baseline's value plus the sum over those remedies of units × amount.
/// </summary>
internal static class RemedyPortfolio
{
    public static List<MapEntry<VariantPath>> Entries(IEnumerable<(BoundRemedy Remedy, int Units)> portfolio)
    {
        var entries = new List<MapEntry<VariantPath>>();
        var sums = new List<(RemedyAddition First, double Total)>();
        foreach (var (remedy, units) in portfolio)
        {
            entries.AddRange(remedy.Set);
            foreach (var addition in remedy.Add)
            {
                var at = sums.FindIndex(s => s.First.Entry.Key.Text == addition.Entry.Key.Text);
                if (at < 0)
                {
                    sums.Add((addition, units * addition.PerUnit));
                }
                else
                {
                    sums[at] = (sums[at].First, sums[at].Total + units * addition.PerUnit);
                }
            }
        }
        foreach (var (first, total) in sums)
        {
            var text = (first.Baseline.Number + total).ToString("R", CultureInfo.InvariantCulture) + first.Suffix;
            entries.Add(first.Entry with { Value = new ScalarNode(first.Entry.Value.Start, text, quoted: false) });
        }
        return entries;
    }
}
