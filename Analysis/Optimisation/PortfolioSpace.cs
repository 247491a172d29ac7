namespace Shortfall.Analysis.Optimisation;

/// <summary>
/// The portfolios of a set of levers that fit a budget: every combination of units (0 to each lever's maximum) whose
/// cost is within the budget and that holds no two levers one of which excludes the other. The baseline (nothing
/// bought) is always among them.
/// </summary>
public static class PortfolioSpace
{
    /// <summary>
    /// The portfolios within <paramref name="budget"/>, in lexicographic order of units (first lever slowest), or null when there
    /// are more than <paramref name="limit"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When the budget is negative or not a number, or a lever's cost or units are out of range.</exception>
    public static IReadOnlyList<Portfolio>? WithinBudget(IReadOnlyList<Lever> levers, double budget, int limit)
    {
        ArgumentNullException.ThrowIfNull(levers);
        if (!(budget >= 0.0))
        {
            throw new ArgumentOutOfRangeException(nameof(budget), budget, "The budget must not be negative.");
        }
        foreach (var lever in levers)
        {
            if (!(lever.UnitCost >= 0.0 && double.IsFinite(lever.UnitCost)))
            {
                throw new ArgumentOutOfRangeException(nameof(levers), lever.UnitCost, $"Remedy '{lever.Name}' has a cost that is negative or not finite.");
            }
            ArgumentOutOfRangeException.ThrowIfLessThan(lever.MaximumUnits, 1, nameof(levers));
        }
        var found = new List<Portfolio>();
        var units = new int[levers.Count];
        return Fill(levers, budget, limit, units, 0, 0.0, found) ? found : null;
    }

    /// <summary>True when the buyer may hold both levers: neither excludes the other.</summary>
    public static bool Compatible(Lever first, Lever second) => !first.Excludes.Contains(second.Name) && !second.Excludes.Contains(first.Name);

    private static bool Fill(IReadOnlyList<Lever> levers, double budget, int limit, int[] units, int lever, double cost, List<Portfolio> found)
    {
        if (lever == levers.Count)
        {
            if (found.Count == limit)
            {
                return false;
            }
            found.Add(new Portfolio(units.ToArray(), cost));
            return true;
        }
        for (var n = 0; n <= levers[lever].MaximumUnits; n++)
        {
            var total = cost + n * levers[lever].UnitCost;
            if (total > budget || (n > 0 && !FitsWith(levers, units, lever)))
            {
                break;
            }
            units[lever] = n;
            if (!Fill(levers, budget, limit, units, lever + 1, total, found))
            {
                return false;
            }
        }
        units[lever] = 0;
        return true;
    }

    private static bool FitsWith(IReadOnlyList<Lever> levers, int[] units, int lever)
    {
        for (var other = 0; other < lever; other++)
        {
            if (units[other] > 0 && !Compatible(levers[lever], levers[other]))
            {
                return false;
            }
        }
        return true;
    }
}
