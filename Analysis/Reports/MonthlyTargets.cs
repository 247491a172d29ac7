using Shortfall.Analysis.Output.Documents;

namespace Shortfall.Analysis.Reports;

/// <summary>
/// The target line of the report's charts. The target of a month follows its school days (or a fixed number, prorated in a
/// month the horizon only partly covers), so it varies and need not be whole; the report quotes the median of the
/// destination-months that had one.
/// </summary>
public static class MonthlyTargets
{
    /// <summary>The median of the targets above zero among <paramref name="targets"/> (each distinct target with how many
    /// destination-months had it, in increasing order), or null when there are none.</summary>
    public static double? Median(IReadOnlyList<ValueCountDocument> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var positive = targets.Where(c => c.Value > 0).ToArray();
        var total = positive.Sum(c => c.Count);
        if (total == 0)
        {
            return null;
        }
        // The lower and upper middle observations, averaged when the count is even.
        return (Nth(positive, (total - 1) / 2) + Nth(positive, total / 2)) / 2.0;
    }

    private static double Nth(ValueCountDocument[] counts, long rank)
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
}
