namespace Shortfall.Analysis.Optimisation;

/// <summary>Where an optimisation is: in the screening search or the selection, how many portfolios are still in play, replications so far.</summary>
/// <param name="Phase">"screening" or "selection".</param>
/// <param name="InPlay">In the screening, the portfolios screened; in the selection, the portfolios not yet eliminated.</param>
/// <param name="Of">In the screening, the portfolios that fit the budget (or the enumeration limit); in the selection, the finalists.</param>
/// <param name="Replications">Replications run so far, both phases together.</param>
public readonly record struct OptimisationProgress(string Phase, int InPlay, int Of, long Replications);
