namespace Shortfall.Analysis.Optimisation;

/// <summary>
/// Optimisation under a calibration's posterior: <see cref="PortfolioOptimiser"/> on the objective's mean over the posterior's weighted
/// parameter sets (<see cref="PosteriorPortfolioModel"/>: replication k on a set drawn by weight, the same set and random numbers for every
/// portfolio), so KN's guarantee is about that mean; then every finalist on every set (<see cref="PosteriorBest"/>), to say how often each
/// is the best across the posterior.
/// </summary>
public static class PosteriorOptimiser
{
    /// <summary>Optimises over <paramref name="levers"/> with <paramref name="model"/>'s posterior.</summary>
    /// <param name="levers">The levers.</param>
    /// <param name="model">The model on the posterior's sets.</param>
    /// <param name="seed">Draws each replication's set.</param>
    /// <param name="settings">Budget, selection and limits.</param>
    /// <param name="replicationsPerSet">Replications of each finalist on each set for the shares.</param>
    /// <param name="progress">Called as the optimisation goes; the comparison on every set reports as phase "posterior".</param>
    /// <param name="cancellation">Stops it.</param>
    /// <exception cref="ArgumentOutOfRangeException">When a setting is out of range or an objective is not finite.</exception>
    public static OptimisationOutcome Optimise(IReadOnlyList<Lever> levers, IPosteriorPortfolioModel model, ulong seed, OptimisationSettings settings,
        int replicationsPerSet, Action<OptimisationProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(settings);
        var outcome = PortfolioOptimiser.Optimise(levers, new PosteriorPortfolioModel(model, seed), settings, progress, cancellation);
        var finalists = Enumerable.Range(0, outcome.Portfolios.Count).Where(i => outcome.Portfolios[i].Finalist).ToArray();
        progress?.Invoke(new OptimisationProgress("posterior", finalists.Length, model.Weights.Count, outcome.Replications));
        var shares = PosteriorBest.Shares(outcome.Portfolios.Select(p => p.Portfolio).ToArray(), finalists, model, replicationsPerSet,
            settings.Selection.Minimise, settings.Selection.Threads, cancellation);
        return outcome with { BestAcrossPosterior = shares };
    }
}
