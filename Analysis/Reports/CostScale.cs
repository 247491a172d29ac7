using Shortfall.Analysis.Output.Documents;

namespace Shortfall.Analysis.Reports;

/// <summary>
/// Effects per unit of cost are tiny numbers (deliveries per won); the report shows them per a round
/// amount, 1, 1,000, 1,000,000 … of cost, the smallest that lifts the largest of them to 0.1 or more,
/// but never more than the dearest remedy costs: an effect near zero is shown as near zero, not
/// "per 1,000,000,000,000,000,000 won".
/// </summary>
/// <param name="Amount">The amount of cost the effect is quoted per.</param>
/// <param name="Currency">The scenario's currency, in which the amount is written.</param>
public sealed record CostScale(double Amount, string Currency)
{
    /// <summary>The scale for <paramref name="effectsPerUnitCost"/>; 1 when there are none or all are zero.</summary>
    /// <param name="effectsPerUnitCost">The effects to quote.</param>
    /// <param name="currency">The scenario's currency.</param>
    /// <param name="largestCost">The largest cost among them: the amount stays at or below it.</param>
    public static CostScale For(IEnumerable<double> effectsPerUnitCost, string currency, double largestCost = double.PositiveInfinity)
    {
        ArgumentNullException.ThrowIfNull(effectsPerUnitCost);
        var largest = effectsPerUnitCost.Select(Math.Abs).DefaultIfEmpty(0).Max();
        var amount = 1.0;
        while (largest > 0 && largest * amount < 0.1 && amount * 1000 <= Math.Min(largestCost, 1e18))
        {
            amount *= 1000;
        }

        return new CostScale(amount, currency);
    }

    /// <summary>"per 1,000,000 won".</summary>
    public string Label => $"per {ReportNumber.Money(Amount, Currency)}";

    /// <summary>An effect per unit of cost, scaled, with its interval.</summary>
    public Estimate Apply(IIntervalDocument perUnitCost)
    {
        ArgumentNullException.ThrowIfNull(perUnitCost);
        return new Estimate(perUnitCost.Mean * Amount, perUnitCost.CiLow * Amount, perUnitCost.CiHigh * Amount);
    }
}
