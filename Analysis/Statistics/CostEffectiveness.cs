namespace Shortfall.Analysis.Statistics;

/// <summary>
/// A remedy's effect per unit cost: its mean paired difference against the baseline (in the
/// outcome's units, e.g. deliveries per destination-month) divided by its cost (in the
/// scenario's currency). The cost is a known constant, so the difference's interval divided by
/// it is an interval for the ratio at the same level. Without a cost, or with a cost of zero,
/// the ratio is undefined and <see cref="EffectPerUnitCost"/> and the bounds are null; they are
/// also null when the difference itself has no interval (a single replication).
/// </summary>
public sealed record CostEffectiveness
{
    private CostEffectiveness(MeanEstimate difference, double? cost)
    {
        Difference = difference;
        Cost = cost;
        var defined = cost is > 0.0;
        EffectPerUnitCost = defined ? difference.Mean / cost : null;
        CiLow = defined ? difference.CiLow / cost : null;
        CiHigh = defined ? difference.CiHigh / cost : null;
    }

    /// <summary>The remedy's mean difference against the baseline, with its interval.</summary>
    public MeanEstimate Difference { get; }

    /// <summary>The remedy's cost; null when none was given.</summary>
    public double? Cost { get; }

    /// <summary>Difference.Mean / Cost; null when the cost is absent or zero.</summary>
    public double? EffectPerUnitCost { get; }

    /// <summary>Difference.CiLow / Cost; null when the cost is absent or zero, or the difference has no interval.</summary>
    public double? CiLow { get; }

    /// <summary>Difference.CiHigh / Cost; null when the cost is absent or zero, or the difference has no interval.</summary>
    public double? CiHigh { get; }

    /// <summary>The effect per unit cost of a remedy whose paired difference is <paramref name="difference"/> and whose cost is <paramref
    /// name="cost"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the cost is negative or not finite.</exception>
    public static CostEffectiveness Create(MeanEstimate difference, double? cost)
    {
        ArgumentNullException.ThrowIfNull(difference);
        if (cost is { } c && !(c >= 0.0 && double.IsFinite(c)))
        {
            throw new ArgumentOutOfRangeException(nameof(cost), c, "A cost must be finite and not negative.");
        }

        return new CostEffectiveness(difference, cost);
    }
}
