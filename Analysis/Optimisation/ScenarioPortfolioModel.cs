using System.Collections.Concurrent;
using Shortfall.Analysis.Commands;
using Shortfall.Analysis.Running;
using Shortfall.Configuration;

namespace Shortfall.Analysis.Optimisation;

/// <summary>
/// Portfolios of a scenario file's remedies, simulated with the plant model: a portfolio's scenario is the baseline with
/// its remedies applied by the loader (<see cref="ScenarioOverride.Remedies"/>), checked like a variant; replication k runs
/// on the streams (seed, k), so every portfolio shares its random numbers with the others, as a run's variants do. With a
/// <paramref name="point"/> (a calibrated parameter set) the baseline takes its values first and the remedies apply on top of them
/// (<see cref="ScenarioLoader.LoadAt(byte[], string, ScenarioOverride, IReadOnlyList{ScenarioOverride})"/>).
/// </summary>
internal sealed class ScenarioPortfolioModel(byte[] content, string path, IReadOnlyList<Lever> levers, Objective objective, ulong seed,
    ScenarioOverride? point = null) : IPortfolioModel
{
    private readonly ConcurrentDictionary<string, RunVariant> _variants = new();

    /// <inheritdoc/>
    /// <exception cref="ScenarioException">When a portfolio does not make a valid scenario.</exception>
    public void Prepare(IReadOnlyList<Portfolio> portfolios)
    {
        var missing = portfolios.Where(p => !_variants.ContainsKey(p.Key)).DistinctBy(p => p.Key).ToList();
        if (missing.Count == 0)
        {
            return;
        }
        var overrides = missing.Select(p => new ScenarioOverride(p.Name(levers), [])
        {
            Remedies = p.Units.Select((u, i) => (levers[i].Name, u)).Where(x => x.u > 0).ToArray(),
        }).ToList();
        var file = point is null ? ScenarioLoader.Load(content, path, overrides) : ScenarioLoader.LoadAt(content, path, point, overrides);
        for (var i = 0; i < missing.Count; i++)
        {
            _variants[missing[i].Key] = PlantVariants.From(file.Variants[i], seed);
        }
    }

    /// <summary>True when <paramref name="portfolio"/>'s scenario is built.</summary>
    public bool Has(Portfolio portfolio) => _variants.ContainsKey(portfolio.Key);

    /// <inheritdoc/>
    public double Simulate(Portfolio portfolio, long replication)
    {
        var variant = _variants[portfolio.Key];
        try
        {
            return objective.Of(ReplicationMetrics.Of(variant.Replicate(replication), variant.Plant));
        }
        catch (Exception e)
        {
            throw new ReplicationFailedException(variant.Name, replication, e);
        }
    }
}
