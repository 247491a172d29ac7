namespace Shortfall.Analysis.Optimisation;

/// <summary>How <see cref="PortfolioOptimiser"/> searches and selects.</summary>
/// <param name="Budget">The most a portfolio may cost, in the scenario's currency.</param>
/// <param name="Selection">The settings of the final selection (KN); its first stage n0 is also the screening's replications per portfolio.</param>
/// <param name="SelectionLimit">The most portfolios that go through KN; when more fit the budget, a screening search picks this many finalists.</param>
/// <param name="EnumerationLimit">The most portfolios counted and listed; past it the count is reported as "more than" this.</param>
public sealed record OptimisationSettings(double Budget, SelectionSettings Selection, int SelectionLimit = 64, int EnumerationLimit = 100_000);
