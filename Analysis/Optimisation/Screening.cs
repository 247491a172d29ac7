using Shortfall.Analysis.Batches;

namespace Shortfall.Analysis.Optimisation;

/// <summary>
/// The greedy screening search of <see cref="PortfolioOptimiser"/>: every portfolio it looks at gets n0 replications
/// (0 … n0 − 1, common to all); from the baseline it moves one unit of one lever at a time to the neighbour with the
/// largest gain per unit of added cost, while a step gains anything and fits the budget.
/// </summary>
internal sealed class Screening(
    IReadOnlyList<Lever> levers,
    IPortfolioModel model,
    IEvaluator<PortfolioReplication, double> evaluator,
    OptimisationSettings settings,
    Action<OptimisationProgress>? progress,
    CancellationToken cancellation,
    int spaceSize)
{
    private readonly Dictionary<string, double[]> _observations = [];
    private readonly List<Portfolio> _screened = [];

    private double Sign => settings.Selection.Minimise ? -1.0 : 1.0;

    /// <summary>The portfolios screened, in the order they were.</summary>
    public IReadOnlyList<Portfolio> Screened => _screened;

    /// <summary>Replications run by the screening.</summary>
    public long Replications => _observations.Values.Sum(o => (long)o.Length);

    /// <summary>The screening's observations of <paramref name="portfolio"/>; empty when it was not screened.</summary>
    public IReadOnlyList<double> Observations(Portfolio portfolio) => _observations.GetValueOrDefault(portfolio.Key) ?? [];

    /// <summary>Runs the search and returns the finalists: the best screened portfolios by mean, at most the selection limit, the search's end
    /// among them.</summary>
    public IReadOnlyList<Portfolio> Finalists()
    {
        var current = new Portfolio(new int[levers.Count], 0.0);
        Screen([current]);
        while (true)
        {
            var steps = Neighbours(current).ToList();
            Screen(steps.Where(p => !_observations.ContainsKey(p.Key)).ToList());
            var best = steps
                .Select(p => (Portfolio: p, Gain: Mean(p) - Mean(current), Added: p.Cost - current.Cost))
                .Where(s => s.Gain > 0.0)
                .OrderByDescending(s => s.Added > 0.0 ? s.Gain / s.Added : double.PositiveInfinity)
                .Select(s => s.Portfolio)
                .FirstOrDefault();
            if (best is null)
            {
                break;
            }
            current = best;
        }
        var ranked = _screened.OrderByDescending(Mean).Take(settings.SelectionLimit).ToList();
        if (ranked.All(p => p.Key != current.Key))
        {
            ranked[^1] = current;
        }
        return ranked;
    }

    /// <summary>The mean in the better direction: larger is better whatever the objective.</summary>
    private double Mean(Portfolio portfolio) => Sign * _observations[portfolio.Key].Average();

    private IEnumerable<Portfolio> Neighbours(Portfolio current)
    {
        for (var lever = 0; lever < levers.Count; lever++)
        {
            var cost = current.Cost + levers[lever].UnitCost;
            if (current.Units[lever] == levers[lever].MaximumUnits || cost > settings.Budget)
            {
                continue;
            }
            var compatible = Enumerable.Range(0, levers.Count)
                .All(other => other == lever || current.Units[other] == 0 || PortfolioSpace.Compatible(levers[lever], levers[other]));
            if (compatible)
            {
                var units = current.Units.ToArray();
                units[lever]++;
                yield return new Portfolio(units, cost);
            }
        }
    }

    private void Screen(IReadOnlyList<Portfolio> portfolios)
    {
        if (portfolios.Count == 0)
        {
            return;
        }
        model.Prepare(portfolios);
        var n0 = settings.Selection.FirstStage;
        var points = portfolios.SelectMany(p => Enumerable.Range(0, n0).Select(k => new PortfolioReplication(p, k))).ToArray();
        var values = CheckedObjectives.Evaluate(evaluator, points, p => $"Portfolio {p.Portfolio.Key} in replication {p.Replication}", cancellation);
        for (var i = 0; i < portfolios.Count; i++)
        {
            _observations[portfolios[i].Key] = values[(i * n0)..((i + 1) * n0)];
            _screened.Add(portfolios[i]);
        }
        progress?.Invoke(new OptimisationProgress("screening", _screened.Count, spaceSize, Replications));
    }
}
