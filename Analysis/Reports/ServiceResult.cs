namespace Shortfall.Analysis.Reports;

/// <summary>Service equipment of one variant (sessions per replication), as summary.json records it.</summary>
/// <param name="SessionsServed">Sessions served.</param>
/// <param name="VisitsTurnedAway">Visits turned away.</param>
/// <param name="Difference">Sessions served minus the baseline's, paired; null for the baseline.</param>
/// <param name="EffectPerCost">That difference per unit of cost; null without a cost.</param>
public sealed record ServiceResult(Estimate SessionsServed, Estimate VisitsTurnedAway, Estimate? Difference, Estimate? EffectPerCost);
