namespace Shortfall.Analysis.Optimisation;

/// <summary>How often each finalist is the best across a posterior's parameter sets (<see cref="PosteriorBest"/>).</summary>
/// <param name="Sets">The parameter sets compared on.</param>
/// <param name="ReplicationsPerSet">Replications of every finalist on each set, on common random numbers.</param>
/// <param name="Shares">By index in <see cref="OptimisationOutcome.Portfolios"/>: the posterior weight of the sets on which the finalist had the best
/// mean; null for a portfolio that was not a finalist. The finalists' shares sum to 1.</param>
public sealed record PosteriorShares(int Sets, int ReplicationsPerSet, IReadOnlyList<double?> Shares);
