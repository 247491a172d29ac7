namespace Shortfall.Analysis.Output.Documents;

/// <summary>Service equipment of one variant, per replication, and its comparison with the baseline.</summary>
/// <param name="SessionsServed">Sessions served, summed over equipment.</param>
/// <param name="VisitsTurnedAway">Visits turned away (no power or no free unit).</param>
/// <param name="DifferenceVsBaseline">The paired difference of sessions served; null for the baseline.</param>
/// <param name="EffectPerCost">That difference per unit of cost; null for the baseline or without a cost.</param>
public sealed record ServiceDocument(MeanDocument SessionsServed, MeanDocument VisitsTurnedAway, MeanDocument? DifferenceVsBaseline, Estimate? EffectPerCost)
{
    /// <summary>Of the visits turned away, those for want of power (null in results written before it was kept).</summary>
    public MeanDocument? VisitsTurnedAwayNoPower { get; init; }

    /// <summary>Of the visits turned away, those because every unit was busy (null in results written before it was kept).</summary>
    public MeanDocument? VisitsTurnedAwayBusy { get; init; }
}
