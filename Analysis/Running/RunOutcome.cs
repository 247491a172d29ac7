namespace Shortfall.Analysis.Running;

/// <summary>What a run produced.</summary>
/// <param name="Replications">How many replications of each variant were aggregated.</param>
/// <param name="StoppingRuleMet">True when the stopping rule held (always, for a fixed count); false when the run reached the maximum first.</param>
/// <param name="Variants">The summary of each variant, in the plan's order.</param>
/// <param name="Events">Simulation events processed by the aggregated replications, over all variants.</param>
public sealed record RunOutcome(long Replications, bool StoppingRuleMet, IReadOnlyList<VariantSummary> Variants, long Events);
