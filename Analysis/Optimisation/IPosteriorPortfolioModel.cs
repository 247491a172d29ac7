namespace Shortfall.Analysis.Optimisation;

/// <summary>What the optimiser simulates under a calibration's posterior: the objective of a portfolio in one replication on one of the
/// posterior's weighted parameter sets.</summary>
public interface IPosteriorPortfolioModel
{
    /// <summary>Each parameter set's weight in the posterior (any positive scale), by set index.</summary>
    IReadOnlyList<double> Weights { get; }

    /// <summary>Called on the calling thread before <paramref name="portfolios"/> are first simulated, as <see cref="IPortfolioModel.Prepare"/>.</summary>
    void Prepare(IReadOnlyList<Portfolio> portfolios);

    /// <summary>The objective of <paramref name="portfolio"/> on parameter set <paramref name="set"/> in replication <paramref name="replication"/>.
    /// It must depend on those alone, use the same random numbers for the same (set, replication) in every portfolio, and be safe to call
    /// concurrently.</summary>
    double Simulate(Portfolio portfolio, int set, long replication);
}
