using System.Globalization;
using Shortfall.Analysis.Optimisation;
using Shortfall.Analysis.Output.Documents;

namespace Shortfall.Analysis.Reports;

/// <summary>
/// optimise.html, the optimiser's report: one self-contained page (the report's style, the chart inline) with what was
/// asked, the pick and its paired effect against the baseline in one sentence, the cost–effect chart, the finalists, and
/// the assumptions the guarantee rests on.
/// </summary>
internal static class OptimisationReport
{
    /// <summary>The page's file name.</summary>
    public const string FileName = "optimise.html";

    /// <summary>The page, with <paramref name="chartSvg"/> (the cost–effect chart) inline.</summary>
    public static string Page(OptimisationRun run, OptimisationOutcome outcome, string chartSvg)
    {
        var chosen = outcome.Portfolios[outcome.Chosen];
        var effect = outcome.Effect.EstimateDifference();
        var selection = run.Settings.Selection;
        var title = $"{run.Scenario}: the best portfolio of remedies within {ReportNumber.Money(run.Settings.Budget, run.Currency)}";
        var finalists = outcome.Portfolios.Select((p, i) => (p, i)).Where(x => x.p.Finalist).OrderBy(x => x.i == outcome.Chosen ? 0 : 1)
            .ThenByDescending(x => x.p.EliminatedAtStage).ToArray();
        var means = ReportNumber.Intervals(finalists.Select(x => MeanDocument.Of(x.p.Estimate())));
        var html = new Html();
        html.Raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
            .Element("title", title)
            .Raw($"<style>\n{ReportStyle.Css}\n</style>\n</head>\n<body>\n<main>\n")
            .Element("h1", title)
            .Element("p", $"Best for {run.Objective.Name} ({(run.Objective.Minimise ? "smaller" : "larger")} is better): " +
                $"{chosen.Portfolio.Name(outcome.Levers)}, costing {ReportNumber.Money(chosen.Portfolio.Cost, run.Currency)}; against the baseline " +
                $"{ReportNumber.Interval(MeanDocument.Of(effect), signed: true)} (95%, paired over {outcome.Effect.Count} replications).")
            .Element("p", $"Chosen by KN (Kim and Nelson 2001) with common random numbers among {outcome.Portfolios.Count(p => p.Finalist)} " +
                $"finalists ({(outcome.Searched ? "the best of a greedy screening" : "every portfolio within the budget")}; " +
                $"{(outcome.WithinBudget is { } n ? n.ToString(CultureInfo.InvariantCulture) : $"more than {run.Settings.EnumerationLimit}")} fit it): " +
                $"within {Number(selection.Indifference)} of the best finalist with probability at least {Number(1 - selection.Alpha)}" +
                (outcome.Selection.Guaranteed ? "" : ", were it not stopped by the replication cap, so without that guarantee") +
                $". {outcome.Replications} replications, against {outcome.Selection.FixedPrecisionReplications} to run every finalist to the end of its " +
                "continuation region.")
            .Element("p", Posterior(outcome.BestAcrossPosterior))
            .Element("h2", "Cost and effect")
            .Raw("<figure>\n")
            .Raw(chartSvg[chartSvg.IndexOf("<svg", StringComparison.Ordinal)..])
            .Raw("\n</figure>\n")
            .Element("h2", "Finalists")
            .Table(["portfolio", "cost", "replications", "mean [95% interval]", "outcome", .. outcome.BestAcrossPosterior is null ? [] :
                    new[] { "best across the posterior" }],
                finalists.Select(x => Row(run, outcome, x.p, x.i, means)),
                "Means over each finalist's selection replications; an eliminated finalist's cover fewer than the pick's.")
            .Element("p", "The guarantee assumes each portfolio's yearly outputs are independent and normal across replications (averages over " +
                "a year nearly are) and that the objective's better direction is known; portfolios within the indifference amount of the best " +
                "are equally good picks. portfolios.csv lists every portfolio simulated.")
            .Raw("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static IReadOnlyList<TableCell> Row(OptimisationRun run, OptimisationOutcome outcome, PortfolioResult result, int index,
        Func<IIntervalDocument, string> means) =>
        [
            TableCell.Name(result.Portfolio.Name(outcome.Levers)),
            TableCell.Number(ReportNumber.Money(result.Portfolio.Cost, run.Currency)),
            TableCell.Number(result.Replications.ToString(CultureInfo.InvariantCulture)),
            TableCell.Number(means(MeanDocument.Of(result.Estimate()))),
            TableCell.Of(index == outcome.Chosen ? "chosen" : $"out at stage {result.EliminatedAtStage}"),
            .. outcome.BestAcrossPosterior?.Shares[index] is { } share ? [TableCell.Number(share.ToString("P0", CultureInfo.InvariantCulture))] :
                Array.Empty<TableCell>(),
        ];

    private static string Posterior(PosteriorShares? shares) => shares is null
        ? "The objective is that of the scenario as written: every uncertain number at the value the file gives it."
        : $"The objective is its mean over a calibration's posterior ({shares.Sets} weighted parameter sets): each replication runs every " +
            "portfolio on one set drawn by weight, with the same random numbers, so the guarantee is about that mean. \"Best across the " +
            $"posterior\" is the posterior weight of the sets on which a finalist had the best mean of the finalists ({shares.ReplicationsPerSet} " +
            "replications of each on each set, common random numbers): a pick that is best on few sets rests on assumptions the " +
            "observations do not pin down.";

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
