namespace Shortfall.Analysis.Charts;

/// <summary>The running estimate after a number of replications.</summary>
/// <param name="Replications">How many replications the estimate uses; at least 1.</param>
/// <param name="Mean">The running mean.</param>
/// <param name="Low">Lower confidence limit, at most <paramref name="Mean"/>.</param>
/// <param name="High">Upper confidence limit, at least <paramref name="Mean"/>.</param>
public sealed record ConvergencePoint(int Replications, double Mean, double Low, double High);
