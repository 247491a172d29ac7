namespace Shortfall.Analysis.Optimisation;

/// <summary>What the optimiser simulates: the objective of a portfolio in one replication.</summary>
public interface IPortfolioModel
{
    /// <summary>Called on the calling thread before <paramref name="portfolios"/> are first simulated, so that a model can build (and check) their
    /// scenarios at once and fail before any replication runs.</summary>
    void Prepare(IReadOnlyList<Portfolio> portfolios);

    /// <summary>The objective of <paramref name="portfolio"/> in replication <paramref name="replication"/>. It must depend on those alone, use the same
    /// random numbers for the same replication in every portfolio, and be safe to call concurrently.</summary>
    double Simulate(Portfolio portfolio, long replication);
}
