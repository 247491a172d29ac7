using Shortfall.Analysis.Output;
using Shortfall.Analysis.Output.Documents;

namespace Shortfall.Analysis.Reports;

/// <summary>
/// From destination-months.csv: how many destination-months had each monthly target, per variant.
/// The target of a month follows its school days (or a fixed number, prorated in a month the horizon only partly covers), so it
/// varies and need not be whole; the report quotes the median of
/// the months that had one.
/// </summary>
public sealed class MonthlyTargets
{
    private readonly Dictionary<string, SortedDictionary<double, long>> _byVariant;

    private MonthlyTargets(Dictionary<string, SortedDictionary<double, long>> byVariant) => _byVariant = byVariant;

    /// <summary>The median target of the destination-months of <paramref name="variant"/> with a target above zero, or null when there are none.</summary>
    public double? Median(string variant)
    {
        if (!_byVariant.TryGetValue(variant, out var counts))
        {
            return null;
        }

        var positive = counts.Where(c => c.Key > 0).ToArray();
        var total = positive.Sum(c => c.Value);
        if (total == 0)
        {
            return null;
        }
        // The lower and upper middle observations, averaged when the count is even.
        return (Nth(positive, (total - 1) / 2) + Nth(positive, total / 2)) / 2.0;
    }

    private static double Nth(KeyValuePair<double, long>[] counts, long rank)
    {
        foreach (var (target, count) in counts)
        {
            if (rank < count)
            {
                return target;
            }

            rank -= count;
        }
        throw new ArgumentOutOfRangeException(nameof(rank));
    }

    /// <summary>Reads <paramref name="path"/>, checking every row's numbers and that its variants are the run's.</summary>
    /// <exception cref="ResultsFormatException">When the file is missing or malformed.</exception>
    public static MonthlyTargets Read(string path, SummaryDocument summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var table = CsvTable.Open(path, ["replication", "variant", "destination", "month", "deliveries", "target", "met"]);
        var (variant, deliveries, target, met) = (table.Column("variant"), table.Column("deliveries"), table.Column("target"), table.Column("met"));
        var byVariant = summary.Variants.ToDictionary(v => v.Name, _ => new SortedDictionary<double, long>());
        foreach (var row in table.Rows())
        {
            var name = row.Text(variant);
            if (!byVariant.TryGetValue(name, out var counts))
            {
                throw row.Fail($"variant '{name}' is not in {SummaryJson.FileName}");
            }

            if (row.Integer(deliveries) < 0)
            {
                throw row.Fail("deliveries are negative");
            }

            // A fixed monthly target is prorated in a month the horizon only partly covers, so it need not be whole.
            var value = row.NullableNumber(target) ?? throw row.Fail("the target is empty");
            if (value < 0)
            {
                throw row.Fail("the target is negative");
            }

            if (row.Text(met) is not ("0" or "1"))
            {
                throw row.Fail($"met is '{row.Text(met)}', not 0 or 1");
            }

            counts[value] = counts.GetValueOrDefault(value) + 1;
        }
        return new MonthlyTargets(byVariant);
    }
}
