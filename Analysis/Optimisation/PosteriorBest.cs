using Shortfall.Analysis.Batches;

namespace Shortfall.Analysis.Optimisation;

/// <summary>
/// Which finalist is best on each of a posterior's parameter sets: every finalist runs R replications on every set, the same R random
/// numbers for all finalists of a set (replications <see cref="FirstReplication"/> + i·R + r, far from any the selection uses), and the set
/// counts for the finalist with the best mean (ties to the earlier finalist). A finalist's share is the posterior weight of the sets it wins.
/// With finalists closer than the Monte Carlo error of R replications the winner of a set is partly luck, which spreads the shares among them.
/// </summary>
public static class PosteriorBest
{
    /// <summary>The first replication index of the comparison: 2⁴⁰, beyond any selection's.</summary>
    public const long FirstReplication = 1L << 40;

    /// <summary>The finalists' shares, each finalist by its index in <paramref name="portfolios"/>.</summary>
    /// <param name="portfolios">The optimisation's portfolios.</param>
    /// <param name="finalists">The indices of the finalists in <paramref name="portfolios"/>, in the order ties go.</param>
    /// <param name="model">The model on the posterior's sets.</param>
    /// <param name="replicationsPerSet">R, at least 1.</param>
    /// <param name="minimise">True when a smaller objective is better.</param>
    /// <param name="threads">Threads; the shares do not depend on them.</param>
    /// <param name="cancellation">Stops the comparison.</param>
    /// <exception cref="ArgumentOutOfRangeException">When R is below 1 or an objective is not finite.</exception>
    public static PosteriorShares Shares(IReadOnlyList<Portfolio> portfolios, IReadOnlyList<int> finalists, IPosteriorPortfolioModel model,
        int replicationsPerSet, bool minimise, int threads, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(portfolios);
        ArgumentNullException.ThrowIfNull(finalists);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfLessThan(replicationsPerSet, 1);
        var sets = model.Weights.Count;
        var (f, r) = (finalists.Count, replicationsPerSet);
        model.Prepare(finalists.Select(i => portfolios[i]).ToArray());
        // Slot (set, finalist, replication), set slowest.
        var evaluator = new LocalEvaluator<int, double>(
            n => model.Simulate(portfolios[finalists[n / r % f]], n / (f * r), FirstReplication + (long)(n / (f * r)) * r + n % r), threads);
        var values = CheckedObjectives.Evaluate(evaluator, Enumerable.Range(0, sets * f * r).ToArray(),
            n => $"Portfolio {portfolios[finalists[n / r % f]].Key} on posterior set {n / (f * r)}", cancellation);
        var total = model.Weights.Sum();
        var shares = new double?[portfolios.Count];
        foreach (var i in finalists)
        {
            shares[i] = 0.0;
        }
        var sign = minimise ? -1.0 : 1.0;
        for (var set = 0; set < sets; set++)
        {
            var winner = Enumerable.Range(0, f).MaxBy(j => sign * Mean(values, (set * f + j) * r, r));
            shares[finalists[winner]] += model.Weights[set] / total;
        }
        return new PosteriorShares(sets, r, shares);
    }

    private static double Mean(double[] values, int start, int count)
    {
        var sum = 0.0;
        for (var n = start; n < start + count; n++)
        {
            sum += values[n];
        }
        return sum / count;
    }
}
