using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Shortfall.Analysis.Batches;
using Shortfall.Analysis.Calibration;
using Shortfall.Analysis.Optimisation;
using Shortfall.Analysis.Output;
using Shortfall.Analysis.Output.Documents;
using Shortfall.Analysis.Reports;
using Shortfall.Configuration;
using Shortfall.Model.Definition;
using Spectre.Console;

namespace Shortfall.Analysis.Commands;

/// <summary>
/// <c>shortfall optimise FILE --budget "50000000 won"</c>: chooses the best portfolio of the file's remedies within the budget
/// with Kim and Nelson's KN procedure on common random numbers (<see cref="PortfolioOptimiser"/>), and writes optimise.json,
/// portfolios.csv and the cost–effect chart. With <c>--posterior DIR</c> (a calibration's output) the objective is its mean over the
/// posterior's weighted parameter sets, and every finalist is compared on every set (<see cref="PosteriorOptimiser"/>).
/// </summary>
internal static partial class OptimiseCommand
{
    [GeneratedRegex(@"^\s*(?<number>[0-9][0-9_]*(\.[0-9]+)?)\s*(?<currency>[A-Za-z]+)?\s*$")]
    private static partial Regex BudgetSyntax();

    public static Command Create(CommandIO io)
    {
        var file = CommonOptions.ScenarioFile();
        var budget = new Option<string>("--budget")
        {
            Description = "The most a portfolio may cost, in the scenario's currency, e.g. \"50000000 won\".",
            Required = true,
            HelpName = "AMOUNT",
        };
        var objective = ObjectiveOption.Create("The per-replication output to optimise");
        var alpha = new Option<double>("--alpha")
        {
            Description = "The pick is within the indifference amount of the best with probability at least 1 − alpha.",
            DefaultValueFactory = _ => 0.05,
        };
        var indifference = new Option<double?>("--indifference")
        {
            Description = "δ, the smallest difference in the objective worth telling apart, in its units (default: 0.25 for deliveries per " +
                "destination-month, 0.02 for shares; required for the others).",
            HelpName = "D",
        };
        var firstStage = new Option<int>("--first-stage")
        {
            Description = "n0: replications of every finalist (and of every screened portfolio) before any is dropped.",
            DefaultValueFactory = _ => 10,
        };
        var cap = CommonOptions.Positive(new Option<long>("--max-replications")
        {
            Description = "The most replications of one portfolio; a selection stopped by it keeps the best mean but loses its guarantee.",
            DefaultValueFactory = _ => 1000,
        });
        var selectionLimit = new Option<int>("--selection-limit")
        {
            Description = "The most portfolios that go through the selection; when more fit the budget, a greedy screening picks the finalists.",
            DefaultValueFactory = _ => 64,
        };
        var posterior = new Option<string?>("--posterior")
        {
            Description = "A calibration's output (its directory or posterior.csv): optimise the objective's mean over its weighted parameter sets, " +
                "and say how often each finalist is the best across them.",
            HelpName = "DIR",
        };
        var perSet = CommonOptions.Positive(new Option<int>("--replications-per-set")
        {
            Description = "With --posterior: replications of every finalist on every parameter set, to find the best on each.",
            DefaultValueFactory = _ => 4,
            HelpName = "R",
        });
        var seed = CommonOptions.Seed();
        var threads = CommonOptions.Threads();
        var output = new Option<string?>("--out") { Description = "The results directory (default: results/<scenario name>/).", HelpName = "DIR" };
        var quiet = CommonOptions.Quiet();
        var slurm = SlurmOptions.Switch("Run each screening step and selection stage as a Slurm job array (this process submits and waits for each).");
        var cluster = new SlurmOptions("Array tasks that share each batch of replications (with --slurm).", required: false);
        var command = new Command("optimise", "Choose the best portfolio of the scenario's remedies within a budget, with a statistical guarantee.")
        {
            file, budget, objective, alpha, indifference, firstStage, cap, selectionLimit, posterior, perSet, seed, threads, output, quiet, slurm,
        };
        foreach (var option in cluster.All)
        {
            command.Options.Add(option);
        }
        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(file);
            var scenario = ScenarioLoader.Load(path);
            var content = File.ReadAllBytes(path);
            if (scenario.Remedies.Count == 0)
            {
                throw new UsageException($"{path} has no remedies: section to combine (see FORMAT.md, 'Remedies').");
            }
            var destinations = scenario.Baseline.Destinations.Count;
            var goal = ObjectiveOption.Resolve(parse.GetValue(objective), destinations);
            var delta = parse.GetValue(indifference) ?? goal.Indifference
                ?? throw new UsageException($"--indifference is required with --objective {goal.Name}: the smallest difference in it that matters.");
            var currency = scenario.Baseline.Currency;
            var selection = new SelectionSettings(parse.GetValue(alpha), delta, parse.GetValue(firstStage), goal.Minimise, parse.GetValue(threads),
                parse.GetValue(cap));
            var settings = new OptimisationSettings(Budget(parse.GetRequiredValue(budget), currency), selection, parse.GetValue(selectionLimit));
            Check(settings);
            var levers = Levers(scenario);
            var sets = parse.GetValue(posterior) is { } given ? PosteriorSets(scenario, given) : null;
            var run = new OptimisationRun(scenario.Baseline.Name, scenario.ContentHash, parse.GetValue(seed), goal, currency, settings)
            {
                Posterior = sets?.Source,
            };
            var directory = parse.GetValue(output) ?? OutputDirectory.Default(scenario.Baseline.Name);
            var evaluator = cluster.Requested(parse, slurm) is { } tasks
                ? new SlurmEvaluator<PortfolioReplication, double>(new PortfolioReplicationCodec(), Path.GetFullPath(path), scenario.ContentHash,
                    BatchKinds.OptimisationSettings(goal, run.Seed), tasks, SlurmFolders.Scripts(Path.GetFullPath(directory)))
                : null;
            if (evaluator is not null && sets is not null)
            {
                throw new UsageException("--slurm does not take --posterior yet: run the optimisation over the posterior on this machine.");
            }
            Func<Action<OptimisationProgress>, OptimisationOutcome> optimise = sets is null
                ? report => PortfolioOptimiser.Optimise(levers, new ScenarioPortfolioModel(content, path, levers, goal, run.Seed), settings, report,
                    io.Cancellation, evaluator)
                : report => PosteriorOptimiser.Optimise(levers, new ScenarioPosteriorPortfolioModel(content, path, levers, goal, run.Seed,
                    scenario.Uncertain, sets.Value.Sets), run.Seed, settings, parse.GetValue(perSet), report, io.Cancellation);
            var clock = Stopwatch.StartNew();
            using var results = OutputDirectory.Open(directory);
            var outcome = OutputDirectory.Commit(results, () =>
            {
                var result = ProgressDisplay.Staged(io, parse.GetValue(quiet), $"{run.Scenario} optimise", report =>
                    optimise(p => report(Done(p), Bound(p), Status(p))));
                OptimisationFiles.Stage(results, run, result);
                return (result, Identity(run, levers.Length, result.Replications, parse.GetValue(perSet)));
            });
            if (!parse.GetValue(quiet))
            {
                Consoles.Over(io.Output, io.Interactive).Write(Summary(run, outcome));
                io.Output.WriteLine($"{outcome.Replications} replications in {clock.Elapsed.TotalSeconds:0.0} s; results: {Path.GetFullPath(directory)}");
            }
            return ExitCodes.Success;
        });
        return command;
    }

    // Everything but the threads decides the bytes.
    private static ManifestRunDocument Identity(OptimisationRun run, int levers, long replications, int perSet)
    {
        var (s, k) = (run.Settings, run.Settings.Selection);
        return RunIdentity.Of("optimise", run.Scenario, run.ScenarioHash, run.Seed, replications, levers, [run.Objective.Name,
            string.Create(CultureInfo.InvariantCulture, $"budget {s.Budget}, limits {s.SelectionLimit} {s.EnumerationLimit}, alpha {k.Alpha}, ") +
            string.Create(CultureInfo.InvariantCulture, $"delta {k.Indifference}, n0 {k.FirstStage}, cap {k.MaximumReplications}, {k.Minimise}"),
            .. run.Posterior is { } p ? new[] { $"posterior {p.Sha256}, {perSet} replications per set" } : []]);
    }

    // The weighted parameter sets of a calibration's output directory or posterior.csv, in the scenario's uncertain numbers.
    private static (PosteriorSource Source, IReadOnlyList<(double[] Parameters, double Weight)> Sets)? PosteriorSets(ScenarioFile scenario, string given)
    {
        if (scenario.Uncertain.Count == 0)
        {
            throw new UsageException($"{scenario.Path} has no 'uncertain:' section, so a posterior of it has no parameters.");
        }
        var file = Directory.Exists(given) ? Path.Combine(given, PosteriorTable.FileName) : given;
        try
        {
            var sets = PosteriorTable.Read(file, scenario.Uncertain);
            return (new PosteriorSource(file, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)))), sets);
        }
        catch (ResultsFormatException e)
        {
            throw new UsageException("--posterior: " + e.Message);
        }
    }

    /// <summary>The scenario's remedies as levers.</summary>
    public static Lever[] Levers(ScenarioFile scenario) => scenario.Remedies.Select(r => new Lever(r.Name, r.Cost, r.Units, r.Excludes)).ToArray();

    /// <summary>The budget in the scenario's currency.</summary>
    /// <exception cref="UsageException">When it is not a non-negative amount in that currency.</exception>
    public static double Budget(string text, string currency)
    {
        var match = BudgetSyntax().Match(text);
        if (!match.Success || !match.Groups["currency"].Success)
        {
            throw new UsageException($"--budget: expected an amount in {currency} like \"50000000 {currency}\", got \"{text}\".");
        }
        if (match.Groups["currency"].Value != currency)
        {
            throw new UsageException($"--budget: the scenario's costs are in {currency}, got \"{text}\".");
        }
        return double.Parse(match.Groups["number"].Value.Replace("_", ""), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static void Check(OptimisationSettings settings)
    {
        try
        {
            settings.Selection.Validate();
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new UsageException($"{e.ParamName switch
            {
                nameof(SelectionSettings.Alpha) => "--alpha",
                nameof(SelectionSettings.Indifference) => "--indifference",
                nameof(SelectionSettings.FirstStage) => "--first-stage",
                nameof(SelectionSettings.MaximumReplications) => "--max-replications",
                _ => "--threads",
            }}: {e.Message.Split(" (Parameter")[0]}");
        }
        if (settings.SelectionLimit < 2)
        {
            throw new UsageException("--selection-limit must be at least 2.");
        }
    }

    private static long Done(OptimisationProgress p) => p.Phase switch
    {
        "screening" => p.InPlay,
        "posterior" => 1,
        _ => p.Of - p.InPlay,
    };

    private static long Bound(OptimisationProgress p) => p.Phase switch
    {
        "screening" => p.Of,
        "posterior" => 1,
        _ => p.Of - 1,
    };

    private static string Status(OptimisationProgress p) => p.Phase switch
    {
        "screening" => $"screening, {p.InPlay} portfolios screened, {p.Replications} replications",
        "posterior" => $"comparing the {p.InPlay} finalists on each of the posterior's {p.Of} parameter sets",
        _ => $"selection, {p.InPlay} of {p.Of} finalists in play, {p.Replications} replications",
    };

    private static Table Summary(OptimisationRun run, OptimisationOutcome outcome)
    {
        var chosen = outcome.Portfolios[outcome.Chosen];
        var effect = outcome.Effect.EstimateDifference();
        var table = new Table()
            .Title(Markup.Escape($"{run.Scenario}: best {run.Objective.Name} within {ReportNumber.Money(run.Settings.Budget, run.Currency)}"))
            .AddColumns("portfolio", "cost", "replications", Markup.Escape("mean [95% interval]"), "outcome");
        var finalists = outcome.Portfolios.Select((p, i) => (p, i)).Where(x => x.p.Finalist)
            .OrderBy(x => x.i == outcome.Chosen ? 0 : 1).ThenByDescending(x => x.p.EliminatedAtStage)
            .ThenByDescending(x => (run.Objective.Minimise ? -1 : 1) * x.p.Estimate().Mean).Take(10).ToArray();
        var means = ReportNumber.Intervals(finalists.Select(x => MeanDocument.Of(x.p.Estimate())));
        foreach (var (p, i) in finalists)
        {
            table.AddRow(Markup.Escape(p.Portfolio.Name(outcome.Levers)), Markup.Escape(ReportNumber.Money(p.Portfolio.Cost, run.Currency)),
                p.Replications.ToString(CultureInfo.InvariantCulture), Markup.Escape(means(MeanDocument.Of(p.Estimate()))),
                i == outcome.Chosen ? "chosen" : $"out at stage {p.EliminatedAtStage}");
        }
        table.Caption(Markup.Escape($"Against the baseline: {ReportNumber.Interval(MeanDocument.Of(effect), signed: true)} " +
            $"({chosen.Selection.Count} paired replications). {(outcome.Selection.Guaranteed ? "" : "The replication cap was reached: no guarantee.")}" +
            Shares(outcome)));
        return table;
    }

    private static string Shares(OptimisationOutcome outcome) => outcome.BestAcrossPosterior is not { } shares ? "" :
        $" Best across the posterior's {shares.Sets} parameter sets: " + string.Join(", ", shares.Shares.Select((s, i) => (Share: s ?? 0, i))
            .Where(x => x.Share > 0).OrderByDescending(x => x.Share).Select(x =>
                $"{outcome.Portfolios[x.i].Portfolio.Name(outcome.Levers)} {x.Share.ToString("P0", CultureInfo.InvariantCulture)}")) + ".";
}
