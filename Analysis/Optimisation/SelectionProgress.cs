namespace Shortfall.Analysis.Optimisation;

/// <summary>Where a selection is after a stage.</summary>
/// <param name="Stage">Replications each candidate in play has had.</param>
/// <param name="InPlay">Candidates not yet eliminated.</param>
/// <param name="Replications">Replications run so far, all candidates together.</param>
public readonly record struct SelectionProgress(long Stage, int InPlay, long Replications);
