using Shortfall.Randomness;

namespace Shortfall.Analysis.Optimisation;

/// <summary>
/// The objective averaged over a posterior, as the optimiser's ordinary model: replication k runs on parameter set i_k, drawn by weight
/// from the stream (seed, k, "posterior set") alone, so every portfolio gets the same set and the same random numbers in replication k
/// (common random numbers across candidates, parameters included). The sets of successive replications are independent draws, so a
/// portfolio's replications are independent and identically distributed with mean Σ_i w_i μ_i, the objective's mean over the
/// posterior, which is what <see cref="KimNelsonSelection"/> then selects on; the spread of the parameters becomes part of each
/// replication's noise and, through the shared set, mostly cancels in the differences that KN screens on.
/// </summary>
public sealed class PosteriorPortfolioModel : IPortfolioModel
{
    /// <summary>The objective and how replications are spread over the sets, as optimise.json states it.</summary>
    public const string Description = "the objective's mean over the posterior's weighted parameter sets: replication k of every portfolio runs on " +
        "one set drawn by weight from (seed, k) alone, with the same random numbers (common random numbers across portfolios, the parameter set " +
        "included), so replications are independent draws from the posterior and KN selects on the posterior mean";

    private readonly IPosteriorPortfolioModel _inner;
    private readonly ulong _seed;
    private readonly double[] _cumulative;

    /// <summary>The model over <paramref name="inner"/>'s sets, drawn with <paramref name="seed"/>.</summary>
    /// <exception cref="ArgumentException">When the weights are empty, negative, not finite or sum to 0.</exception>
    public PosteriorPortfolioModel(IPosteriorPortfolioModel inner, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
        _seed = seed;
        var weights = inner.Weights;
        if (weights.Count == 0 || weights.Any(w => !(w >= 0 && double.IsFinite(w))) || !(weights.Sum() > 0))
        {
            throw new ArgumentException("A posterior needs non-negative finite weights with a positive sum.", nameof(inner));
        }
        var total = weights.Sum();
        _cumulative = new double[weights.Count];
        var reached = 0.0;
        for (var i = 0; i < weights.Count; i++)
        {
            reached += weights[i] / total;
            _cumulative[i] = reached;
        }
    }

    /// <summary>The parameter set replication <paramref name="replication"/> runs on.</summary>
    public int SetOf(long replication)
    {
        var u = new RandomStream(RandomStreams.StreamSeed(_seed, replication, "posterior set")).NextDouble();
        var index = Array.BinarySearch(_cumulative, u);
        // A miss gives the complement of the first larger entry: the set whose interval holds u. Rounding can leave the last sum below 1.
        return Math.Min(index >= 0 ? index + 1 : ~index, _cumulative.Length - 1);
    }

    /// <inheritdoc/>
    public void Prepare(IReadOnlyList<Portfolio> portfolios) => _inner.Prepare(portfolios);

    /// <inheritdoc/>
    public double Simulate(Portfolio portfolio, long replication) => _inner.Simulate(portfolio, SetOf(replication), replication);
}
