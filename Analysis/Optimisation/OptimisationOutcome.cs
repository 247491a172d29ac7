using Shortfall.Analysis.Statistics;

namespace Shortfall.Analysis.Optimisation;

/// <summary>The result of <see cref="PortfolioOptimiser.Optimise"/>.</summary>
/// <param name="Levers">The levers, in the order of every portfolio's units.</param>
/// <param name="Portfolios">Every portfolio simulated, finalists first in selection order, then the others screened.</param>
/// <param name="Chosen">The index in <see cref="Portfolios"/> of the pick.</param>
/// <param name="Selection">The KN selection among the finalists.</param>
/// <param name="WithinBudget">How many portfolios fit the budget; null when more than the enumeration limit.</param>
/// <param name="Searched">True when more than the selection limit fit, so a screening search chose the finalists.</param>
/// <param name="Effect">The pick's objective minus the baseline's, paired over the pick's selection replications.</param>
public sealed record OptimisationOutcome(
    IReadOnlyList<Lever> Levers,
    IReadOnlyList<PortfolioResult> Portfolios,
    int Chosen,
    SelectionOutcome Selection,
    int? WithinBudget,
    bool Searched,
    PairedDifference Effect)
{
    /// <summary>All replications run, the baseline's for the effect included.</summary>
    public long Replications { get; init; }

    /// <summary>With a calibration's posterior, how often each finalist is the best across its parameter sets; null without one.</summary>
    public PosteriorShares? BestAcrossPosterior { get; init; }
}
