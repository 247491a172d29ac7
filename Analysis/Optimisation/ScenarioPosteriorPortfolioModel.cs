using Shortfall.Analysis.Calibration;
using Shortfall.Configuration.Calibration;

namespace Shortfall.Analysis.Optimisation;

/// <summary>
/// Portfolios of a scenario file's remedies on each parameter set of a calibration's posterior: set i is the file's baseline with the
/// set's values (<see cref="ScenarioModel.Override"/>), and a portfolio's remedies apply on top (<see cref="ScenarioPortfolioModel"/> with
/// that point). A portfolio's scenario on a set is built the first time a replication runs it there, together with the rest of the batch
/// last prepared (the portfolios about to run: a screening step's, or the finalists), in one load, so that a set does not carry every
/// portfolio ever screened; replication k on set i runs on the streams (seed, k) whatever the portfolio.
/// </summary>
internal sealed class ScenarioPosteriorPortfolioModel : IPosteriorPortfolioModel
{
    private readonly Lock _gate = new();
    private Portfolio[] _batch = [];
    private readonly Lazy<ScenarioPortfolioModel>[] _sets;

    public ScenarioPosteriorPortfolioModel(byte[] content, string path, IReadOnlyList<Lever> levers, Objective objective, ulong seed,
        IReadOnlyList<UncertainInput> inputs, IReadOnlyList<(double[] Parameters, double Weight)> posterior)
    {
        var points = new ScenarioModel(content, path, inputs, [], 1);
        Weights = posterior.Select(s => s.Weight).ToArray();
        _sets = posterior.Select((s, i) => new Lazy<ScenarioPortfolioModel>(() =>
            new ScenarioPortfolioModel(content, path, levers, objective, seed, points.Override(s.Parameters, $"posterior set {i}")))).ToArray();
    }

    /// <inheritdoc/>
    public IReadOnlyList<double> Weights { get; }

    /// <inheritdoc/>
    /// <remarks>Builds the portfolios on the first set, so that one the file cannot take fails before any replication runs.</remarks>
    public void Prepare(IReadOnlyList<Portfolio> portfolios)
    {
        ArgumentNullException.ThrowIfNull(portfolios);
        lock (_gate)
        {
            _batch = [.. portfolios.DistinctBy(p => p.Key)];
        }
        var first = _sets[0].Value;
        lock (first)
        {
            first.Prepare(portfolios);
        }
    }

    /// <inheritdoc/>
    public double Simulate(Portfolio portfolio, int set, long replication) => Built(set, portfolio).Simulate(portfolio, replication);

    private ScenarioPortfolioModel Built(int set, Portfolio portfolio)
    {
        var model = _sets[set].Value;
        lock (model)
        {
            if (!model.Has(portfolio))
            {
                model.Prepare([portfolio, .. Batch()]);
            }
        }
        return model;
    }

    private Portfolio[] Batch()
    {
        lock (_gate)
        {
            return _batch;
        }
    }
}
