using System.Text;
using Shortfall.Analysis.Charts;
using Shortfall.Analysis.Charts.Optimisation;
using Shortfall.Analysis.Optimisation.Documents;
using Shortfall.Analysis.Output;
using Shortfall.Analysis.Output.Documents;
using Shortfall.Analysis.Reports;

namespace Shortfall.Analysis.Optimisation;

/// <summary>
/// optimise.json and portfolios.csv, the one place the optimiser writes results (each file atomically, into a directory
/// that exists): every portfolio with its levers, cost, replications, mean and interval and how it ended, and the pick with
/// its paired effect against the baseline.
/// </summary>
public static class OptimisationFiles
{
    /// <summary>The JSON file's name.</summary>
    public const string JsonFileName = "optimise.json";

    /// <summary>The CSV file's name.</summary>
    public const string CsvFileName = "portfolios.csv";

    /// <summary>The procedure as optimise.json cites it.</summary>
    public const string Procedure = "KN: Kim and Nelson (2001), ACM TOMACS 11(3):251-273; fully sequential, c = 1, common random numbers";

    /// <summary>Writes both files, the cost–effect chart (<see cref="CostEffectChart"/>) and the page that shows it
    /// (<see cref="OptimisationReport"/>) into <paramref name="results"/>, to be committed as one unit.</summary>
    public static void Stage(ResultsDirectory results, OptimisationRun run, OptimisationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(results);
        results.Stage(CsvFileName, Csv(outcome));
        var plotted = CostEffectChart.Plot(run, outcome);
        var chart = ChartFiles.Svg(plotted, CostEffectChart.Name);
        results.Stage(CostEffectChart.Name + ".svg", Encoding.UTF8.GetBytes(chart));
        results.Stage(CostEffectChart.Name + ".png", ChartFiles.Png(plotted));
        results.Stage(OptimisationReport.FileName, Encoding.UTF8.GetBytes(OptimisationReport.Page(run, outcome, chart)));
        results.Stage(JsonFileName, JsonOutput.Document(Document(run, outcome), OptimisationDocumentsContext.Default.OptimiseDocument));
    }

    /// <summary>portfolios.csv: one row per portfolio, in the order of <see cref="OptimisationOutcome.Portfolios"/>.</summary>
    public static byte[] Csv(OptimisationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var text = new StringBuilder();
        Output.Csv.AppendLine(text, new[] { "portfolio" }.Concat(outcome.Levers.Select(l => Output.Csv.Text(l.Name)))
            .Concat(["cost", "replications", "mean", "ci_low", "ci_high", "outcome", "eliminated_at_stage"]));
        for (var i = 0; i < outcome.Portfolios.Count; i++)
        {
            var result = outcome.Portfolios[i];
            var estimate = result.Estimate();
            Output.Csv.AppendLine(text, new[] { Output.Csv.Text(result.Portfolio.Name(outcome.Levers)) }
                .Concat(result.Portfolio.Units.Select(u => Output.Csv.Number(u)))
                .Concat([Output.Csv.Number(result.Portfolio.Cost), Output.Csv.Number(result.Replications), Output.Csv.Number(estimate.Mean),
                    Optional(estimate.CiLow), Optional(estimate.CiHigh), Outcome(outcome, i), Optional(result.EliminatedAtStage)]));
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>What optimise.json records.</summary>
    public static OptimiseDocument Document(OptimisationRun run, OptimisationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(outcome);
        var chosen = outcome.Portfolios[outcome.Chosen];
        var settings = run.Settings;
        return new OptimiseDocument
        {
            Scenario = run.Scenario,
            ScenarioHash = run.ScenarioHash,
            Seed = run.Seed,
            Objective = run.Objective.Name,
            Goal = run.Objective.Minimise ? "minimise" : "maximise",
            Budget = settings.Budget,
            Currency = run.Currency,
            Procedure = Procedure,
            Alpha = settings.Selection.Alpha,
            Indifference = settings.Selection.Indifference,
            FirstStage = settings.Selection.FirstStage,
            Eta = outcome.Selection.Eta,
            HSquared = outcome.Selection.HSquared,
            PortfoliosWithinBudget = outcome.WithinBudget,
            EnumerationLimit = settings.EnumerationLimit,
            SelectionLimit = settings.SelectionLimit,
            Finalists = outcome.Searched ? "greedy screening, then the best screened" : "every portfolio within budget",
            Guaranteed = outcome.Selection.Guaranteed,
            Replications = outcome.Replications,
            FixedPrecisionReplications = outcome.Selection.FixedPrecisionReplications,
            Chosen = new ChosenDocument(chosen.Portfolio.Name(outcome.Levers), Levers(outcome, chosen.Portfolio), chosen.Portfolio.Cost,
                MeanDocument.Of(chosen.Estimate()), MeanDocument.Of(outcome.Effect.EstimateDifference())),
            Posterior = Posterior(run, outcome),
            Portfolios = outcome.Portfolios.Select((p, i) => new PortfolioDocument(p.Portfolio.Name(outcome.Levers), Levers(outcome, p.Portfolio),
                p.Portfolio.Cost, p.Replications, MeanDocument.Of(p.Estimate()), Outcome(outcome, i), p.EliminatedAtStage,
                outcome.BestAcrossPosterior?.Shares[i])).ToArray(),
        };
    }

    private static PosteriorDocument? Posterior(OptimisationRun run, OptimisationOutcome outcome) =>
        run.Posterior is { } source && outcome.BestAcrossPosterior is { } shares
            ? new PosteriorDocument(source.File, source.Sha256, shares.Sets, PosteriorPortfolioModel.Description, shares.ReplicationsPerSet,
                (long)shares.Sets * shares.ReplicationsPerSet * shares.Shares.Count(s => s is not null))
            : null;

    /// <summary>"chosen", "eliminated" or "screened out".</summary>
    public static string Outcome(OptimisationOutcome outcome, int index) =>
        index == outcome.Chosen ? "chosen" : outcome.Portfolios[index].Finalist ? "eliminated" : "screened out";

    private static Dictionary<string, int> Levers(OptimisationOutcome outcome, Portfolio portfolio) =>
        outcome.Levers.Select((l, i) => (l.Name, Units: portfolio.Units[i])).Where(x => x.Units > 0).ToDictionary(x => x.Name, x => x.Units);

    private static string Optional(double? value) => value is { } v ? Output.Csv.Number(v) : "";

    private static string Optional(long? value) => value is { } v ? Output.Csv.Number(v) : "";
}
