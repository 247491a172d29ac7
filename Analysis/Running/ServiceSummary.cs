using Shortfall.Analysis.Statistics;

namespace Shortfall.Analysis.Running;

/// <summary>
/// What service equipment did in a variant (e.g. the technology office's computers), compared
/// with the baseline on the same random numbers: the figure a remedy for the equipment is judged by.
/// </summary>
/// <param name="SessionsServed">Sessions served per replication, summed over equipment, with the t interval.</param>
/// <param name="VisitsTurnedAway">Visits turned away per replication (no power or no free unit), with the t interval.</param>
/// <param name="TurnedAwayNoPower">Of those, the visits turned away because the equipment had no power.</param>
/// <param name="TurnedAwayBusy">Of those, the visits turned away because every unit was busy.</param>
/// <param name="Difference">The paired difference of sessions served, variant − baseline; null for the baseline.</param>
/// <param name="EffectPerCost">That difference per unit of cost; null for the baseline.</param>
public sealed record ServiceSummary(
    MeanEstimate SessionsServed,
    MeanEstimate VisitsTurnedAway,
    MeanEstimate TurnedAwayNoPower,
    MeanEstimate TurnedAwayBusy,
    MeanEstimate? Difference,
    CostEffectiveness? EffectPerCost);
