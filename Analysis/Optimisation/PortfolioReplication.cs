namespace Shortfall.Analysis.Optimisation;

/// <summary>One replication of one portfolio: the point the optimiser's evaluator simulates (<see cref="IPortfolioModel.Simulate"/>).</summary>
/// <param name="Portfolio">The portfolio.</param>
/// <param name="Replication">The replication index; the same index shares random numbers across portfolios.</param>
public sealed record PortfolioReplication(Portfolio Portfolio, long Replication);
