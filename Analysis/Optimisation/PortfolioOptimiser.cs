using Shortfall.Analysis.Batches;
using Shortfall.Analysis.Statistics;

namespace Shortfall.Analysis.Optimisation;

/// <summary>
/// Chooses the best portfolio of levers within a budget. When at most <see cref="OptimisationSettings.SelectionLimit"/>
/// portfolios fit, all of them go through Kim and Nelson's KN (<see cref="KimNelsonSelection"/>), whose guarantee then covers
/// the whole space. When more fit, a greedy screening search picks the finalists first: from the baseline, it screens every
/// portfolio one unit of one lever away (n0 replications each, on replications 0 … n0 − 1, common to all), moves to the one
/// with the largest gain per unit of added cost, and stops when no step gains; the finalists are the screened portfolios with
/// the best screening means. They then go through KN on fresh replications (n0 onward), so the screening's luck does not
/// carry into the selection. The guarantee then covers the pick among the finalists only: the search is a heuristic, like
/// every search of a space too large to simulate whole.
/// </summary>
public static class PortfolioOptimiser
{
    /// <summary>Optimises over <paramref name="levers"/> with <paramref name="model"/>.</summary>
    /// <param name="levers">The remedies that may be combined.</param>
    /// <param name="model">Prepares the portfolios' scenarios (on this machine, so a bad one fails before any replication runs).</param>
    /// <param name="settings">Budget, selection settings and limits.</param>
    /// <param name="progress">Called after each screening step and selection stage.</param>
    /// <param name="cancellation">Stops between batches.</param>
    /// <param name="evaluator">Simulates each batch of replications (a screening step, a selection stage); by default <paramref name="model"/> on the
    /// selection's threads.</param>
    /// <exception cref="ArgumentOutOfRangeException">When a setting is out of range or an objective is not finite.</exception>
    /// <exception cref="OperationCanceledException">When cancelled.</exception>
    public static OptimisationOutcome Optimise(
        IReadOnlyList<Lever> levers,
        IPortfolioModel model,
        OptimisationSettings settings,
        Action<OptimisationProgress>? progress = null,
        CancellationToken cancellation = default,
        IEvaluator<PortfolioReplication, double>? evaluator = null)
    {
        ArgumentNullException.ThrowIfNull(levers);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Selection.Validate();
        evaluator ??= new LocalEvaluator<PortfolioReplication, double>(p => model.Simulate(p.Portfolio, p.Replication), settings.Selection.Threads);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.SelectionLimit, 2);
        var space = PortfolioSpace.WithinBudget(levers, settings.Budget, settings.EnumerationLimit);
        var searched = space is null || space.Count > settings.SelectionLimit;
        var screening = new Screening(levers, model, evaluator, settings, progress, cancellation, space?.Count ?? settings.EnumerationLimit);
        // Cheapest first: KN breaks exact ties (portfolios whose extra units change nothing) towards the lowest index.
        var finalists = (searched ? screening.Finalists() : space!).OrderBy(p => p.Cost).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
        var selectionSettings = searched ? settings.Selection with { FirstReplication = settings.Selection.FirstStage } : settings.Selection;
        model.Prepare(finalists);
        var candidates = new MappedEvaluator<CandidateReplication, PortfolioReplication, double>(evaluator,
            p => new PortfolioReplication(finalists[p.Candidate], p.Replication));
        var selection = KimNelsonSelection.Select(finalists.Count, candidates, selectionSettings,
            p => progress?.Invoke(new OptimisationProgress("selection", p.InPlay, finalists.Count, screening.Replications + p.Replications)),
            cancellation);

        var results = finalists.Select((p, i) => new PortfolioResult(p, screening.Observations(p), selection.Candidates[i].Observations,
            selection.Candidates[i].EliminatedAtStage)).ToList();
        results.AddRange(screening.Screened.Where(p => finalists.All(f => f.Key != p.Key))
            .Select(p => new PortfolioResult(p, screening.Observations(p), [], null)));
        var chosen = results[selection.Selected];
        var (effect, extra) = Effect(chosen, results.FirstOrDefault(r => r.Portfolio.IsBaseline && r.Finalist), model, evaluator, selectionSettings,
            cancellation);
        return new OptimisationOutcome(levers, results, selection.Selected, selection, space?.Count, searched, effect)
        {
            Replications = screening.Replications + selection.Replications + extra,
        };
    }

    /// <summary>The pick minus the baseline, paired over the pick's selection replications; the baseline is run where it has no value yet.</summary>
    private static (PairedDifference Effect, long Extra) Effect(PortfolioResult chosen, PortfolioResult? baseline, IPortfolioModel model,
        IEvaluator<PortfolioReplication, double> evaluator, SelectionSettings settings, CancellationToken cancellation)
    {
        var known = baseline?.Selection ?? [];
        var missing = chosen.Selection.Count - known.Count;
        var baselinePortfolio = new Portfolio(new int[chosen.Portfolio.Units.Count], 0.0);
        model.Prepare([baselinePortfolio]);
        var points = Enumerable.Range(0, Math.Max(0, missing))
            .Select(n => new PortfolioReplication(baselinePortfolio, settings.FirstReplication + known.Count + n)).ToArray();
        var more = points.Length > 0
            ? CheckedObjectives.Evaluate(evaluator, points, p => $"The baseline in replication {p.Replication}", cancellation)
            : [];
        var effect = new PairedDifference();
        for (var j = 0; j < chosen.Selection.Count; j++)
        {
            effect.Add(j < known.Count ? known[j] : more[j - known.Count], chosen.Selection[j]);
        }
        return (effect, Math.Max(0, missing));
    }
}
