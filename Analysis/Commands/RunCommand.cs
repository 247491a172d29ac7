using System.CommandLine;
using Shortfall.Analysis.Output;
using Shortfall.Analysis.Reports;
using Shortfall.Analysis.Running;
using Shortfall.Analysis.Statistics;
using Shortfall.Configuration;

namespace Shortfall.Analysis.Commands;

/// <summary>
/// <c>shortfall run FILE</c>: runs the baseline and the chosen variants on common random numbers,
/// a fixed number of replications or until the headline mean is precise enough, and writes
/// summary.json, replications.csv and destination-months.csv to the results directory; then, from
/// those files alone (as <c>shortfall plot</c> does), charts/*.svg and report.html.
/// </summary>
internal static class RunCommand
{
    public static Command Create(CommandIO io)
    {
        var file = CommonOptions.ScenarioFile();
        var replications = CommonOptions.Replications(200, "Replications of each variant (excludes --precision).");
        var precision = new Option<double?>("--precision")
        {
            Description = "Add replications until the 95% CI half-width of mean deliveries per destination-month is at most R × the mean, in every variant.",
            HelpName = "R",
        };
        precision.Validators.Add(result =>
        {
            if (CommonOptions.Converted<double>(result) is { } r && !(r > 0 && double.IsFinite(r)))
                result.AddError("--precision must be a positive number, e.g. 0.05 for ±5%.");
        });
        var precisionAll = new Option<bool>("--precision-all")
        {
            Description = "With --precision: also each destination's probability of meeting its target, within ±R, Bonferroni-corrected over all of them.",
        };
        var minimum = CommonOptions.Positive(new Option<long>("--min-replications") { Description = "With --precision: never fewer replications.", DefaultValueFactory = _ => 30 });
        var maximum = CommonOptions.Positive(new Option<long>("--max-replications") { Description = "With --precision: never more replications.", DefaultValueFactory = _ => 10_000 });
        var seed = CommonOptions.Seed();
        var threads = CommonOptions.Threads();
        var variants = CommonOptions.Variant();
        var all = CommonOptions.AllVariants();
        var output = new Option<string?>("--out") { Description = "The results directory (default: results/<scenario name>/).", HelpName = "DIR" };
        var quiet = CommonOptions.Quiet();
        var noReport = new Option<bool>("--no-report") { Description = "Write the results files only, not report.html and the charts (draw them later with 'shortfall plot DIR')." };

        var command = new Command("run", "Run a scenario's Monte Carlo replications and write their statistics.")
        {
            file, replications, precision, precisionAll, minimum, maximum, seed, threads, variants, all, output, quiet, noReport,
        };
        command.SetAction(parse =>
        {
            var stopping = Stopping(parse, replications, precision, precisionAll, minimum, maximum);
            var scenarios = ScenarioLoader.Load(parse.GetRequiredValue(file));
            var chosen = VariantSelection.Select(scenarios, parse.GetValue(variants) ?? [], parse.GetValue(all));
            var directory = parse.GetValue(output) ?? OutputDirectory.Default(scenarios.Baseline.Name);
            var plan = new RunPlan(chosen.Select(v => PlantVariants.From(v, parse.GetValue(seed))).ToArray(), stopping, parse.GetValue(threads));
            var description = new RunDescription(scenarios.Baseline.Name, scenarios.ContentHash, parse.GetValue(seed), stopping)
            {
                VariantDescriptions = chosen.Where(v => !string.IsNullOrWhiteSpace(v.Description)).ToDictionary(v => v.Name, v => v.Description.Trim()),
            };
            return Execute(io, plan, description, directory, parse.GetValue(quiet), !parse.GetValue(noReport));
        });
        return command;
    }

    private static StoppingRule Stopping(ParseResult parse, Option<long> replications, Option<double?> precision, Option<bool> precisionAll, Option<long> minimum, Option<long> maximum)
    {
        if (parse.GetValue(precision) is not { } r)
        {
            if (parse.GetValue(precisionAll) || parse.Given(minimum) || parse.Given(maximum))
                throw new UsageException("--precision-all, --min-replications and --max-replications need --precision.");
            return new FixedReplications(parse.GetValue(replications));
        }
        if (parse.Given(replications))
            throw new UsageException("--replications and --precision exclude each other: give a count or a precision.");
        var (min, max) = (parse.GetValue(minimum), parse.GetValue(maximum));
        if (min < 2)
            throw new UsageException("--min-replications must be at least 2, the fewest that give a confidence interval.");
        if (max < min)
            throw new UsageException($"--max-replications ({max}) is below --min-replications ({min}).");
        var all = parse.GetValue(precisionAll);
        if (all && r > 0.5)
            throw new UsageException("with --precision-all, R is also the ± half-width of each probability, so it must be at most 0.5.");
        return new PrecisionStopping(new PrecisionRule(min, r, all ? r : 0.5), all, max);
    }

    private static int Execute(CommandIO io, RunPlan plan, RunDescription run, string directory, bool quiet, bool report)
    {
        var created = OutputDirectory.Create(directory);
        RunOutcome outcome;
        try
        {
            using var files = new RunFiles(directory, plan.Variants);
            var total = plan.Stopping is FixedReplications f ? f.Replications : (long?)null;
            outcome = ProgressDisplay.Run(io, quiet, run.Scenario, total, plan.Stopping.MaximumReplications,
                progress => MonteCarloRunner.Run(plan, files, progress, io.Cancellation));
            files.Commit(run, outcome);
        }
        catch
        {
            OutputDirectory.RemoveIfCreatedAndEmpty(directory, created);
            throw;
        }
        // The results are committed; the report is drawn from them as 'shortfall plot' draws it. A
        // results file it cannot read here is Shortfall's own fault, so it is an internal error.
        var page = report ? ReportFiles.Write(directory)[^1] : null;
        if (!outcome.StoppingRuleMet)
            io.Error.WriteLine($"shortfall: warning: the precision asked for was not reached in {outcome.Replications} replications; raise --max-replications or relax --precision.");
        if (!quiet)
        {
            Consoles.Over(io.Output, io.Interactive).Write(SummaryTable.Build(run.Scenario, outcome));
            io.Output.WriteLine($"Results: {Path.GetFullPath(directory)}");
            if (page is not null)
                io.Output.WriteLine($"Report: {Path.GetFullPath(page)}");
        }
        return ExitCodes.Success;
    }
}
