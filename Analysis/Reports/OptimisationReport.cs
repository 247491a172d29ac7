using System.Globalization;
using Shortfall.Analysis.Optimisation;

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
        var title = $"{run.Scenario}: the best portfolio of remedies within {Money(run.Settings.Budget)} {run.Currency}";
        var html = new Html();
        html.Raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
            .Element("title", title)
            .Raw($"<style>\n{ReportStyle.Css}\n</style>\n</head>\n<body>\n<main>\n")
            .Element("h1", title)
            .Element("p", $"Best for {run.Objective.Name} ({(run.Objective.Minimise ? "smaller" : "larger")} is better): " +
                $"{chosen.Portfolio.Name(outcome.Levers)}, costing {Money(chosen.Portfolio.Cost)} {run.Currency}; against the baseline " +
                $"{Signed(effect.Mean)} {Interval(effect.CiLow, effect.CiHigh)} (95%, paired over {outcome.Effect.Count} replications).")
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
            .Table(["portfolio", "cost", "replications", "mean", "95% interval", "outcome", .. outcome.BestAcrossPosterior is null ? [] :
                    new[] { "best across the posterior" }],
                outcome.Portfolios.Select((p, i) => (p, i)).Where(x => x.p.Finalist).OrderBy(x => x.i == outcome.Chosen ? 0 : 1)
                    .ThenByDescending(x => x.p.EliminatedAtStage).Select(x => Row(outcome, x.p, x.i)),
                "Means over each finalist's selection replications; an eliminated finalist's cover fewer than the pick's.")
            .Element("p", "The guarantee assumes each portfolio's yearly outputs are independent and normal across replications (averages over " +
                "a year nearly are) and that the objective's better direction is known; portfolios within the indifference amount of the best " +
                "are equally good picks. portfolios.csv lists every portfolio simulated.")
            .Raw("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static IReadOnlyList<TableCell> Row(OptimisationOutcome outcome, PortfolioResult result, int index)
    {
        var estimate = result.Estimate();
        return
        [
            TableCell.Name(result.Portfolio.Name(outcome.Levers)),
            TableCell.Number(Money(result.Portfolio.Cost)),
            TableCell.Number(result.Replications.ToString(CultureInfo.InvariantCulture)),
            TableCell.Number(Number(estimate.Mean)),
            TableCell.Number(Interval(estimate.CiLow, estimate.CiHigh)),
            TableCell.Of(index == outcome.Chosen ? "chosen" : $"out at stage {result.EliminatedAtStage}"),
            .. outcome.BestAcrossPosterior?.Shares[index] is { } share ? [TableCell.Number(share.ToString("P0", CultureInfo.InvariantCulture))] :
                Array.Empty<TableCell>(),
        ];
    }

    private static string Posterior(PosteriorShares? shares) => shares is null
        ? "The objective is that of the scenario as written: every uncertain number at the value the file gives it."
        : $"The objective is its mean over a calibration's posterior ({shares.Sets} weighted parameter sets): each replication runs every " +
            "portfolio on one set drawn by weight, with the same random numbers, so the guarantee is about that mean. \"Best across the " +
            $"posterior\" is the posterior weight of the sets on which a finalist had the best mean of the finalists ({shares.ReplicationsPerSet} " +
            "replications of each on each set, common random numbers): a pick that is best on few sets rests on assumptions the " +
            "observations do not pin down.";

    private static string Money(double value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Signed(double value) => value.ToString("+0.###;-0.###;0", CultureInfo.InvariantCulture);

    private static string Interval(double? low, double? high) => low is { } l && high is { } h ? $"[{Number(l)}, {Number(h)}]" : "";
}
