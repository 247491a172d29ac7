using System.CommandLine;
using Shortfall.Analysis.Calibration;
using Shortfall.Analysis.Output;
using Shortfall.Analysis.Reports;
using Shortfall.Analysis.Running;
using Shortfall.Analysis.Sharding;
using Shortfall.Analysis.Statistics;
using Shortfall.Configuration;

namespace Shortfall.Analysis.Commands;

/// <summary>
/// <c>shortfall run FILE</c>: runs the baseline and the chosen variants on common random numbers,
/// a fixed number of replications or until the headline mean is precise enough, and writes
/// summary.json, distributions.json, months.csv and the per-replication tables (Parquet, or CSV with --format csv) to the results
/// directory; then, from
/// those files alone (as <c>shortfall plot</c> does), charts/*.svg and report.html. With
/// <c>--shard K/N</c> it runs only that shard's replications and writes a shard file instead
/// (see <see cref="ShardRun"/>).
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
            {
                result.AddError("--precision must be a positive number, e.g. 0.05 for ±5%.");
            }
        });
        var precisionAll = new Option<bool>("--precision-all")
        {
            Description = "With --precision: also each destination's probability of meeting its target, within ±R, Bonferroni-corrected over all of them.",
        };
        var minimum = CommonOptions.Positive(new Option<long>("--min-replications") { Description = "With --precision: never fewer replications.",
            DefaultValueFactory = _ => 30 });
        var maximum = CommonOptions.Positive(new Option<long>("--max-replications") { Description = "With --precision: never more replications.",
            DefaultValueFactory = _ => 10_000 });
        var seed = CommonOptions.Seed();
        var threads = CommonOptions.Threads();
        var variants = CommonOptions.Variant();
        var all = CommonOptions.AllVariants();
        var output = new Option<string?>("--out") { Description = "The results directory (default: results/<scenario name>/; with --shard, its parts/ " +
            "subdirectory).", HelpName = "DIR" };
        var shard = CommonOptions.Shard("Run only shard K of N: a contiguous block of the --replications, written as a shard file for 'shortfall merge'.");
        var quiet = CommonOptions.Quiet();
        var noReport = CommonOptions.NoReport();
        var noPng = CommonOptions.NoPng();
        var format = CommonOptions.Format();
        var force = new Option<bool>("--force") { Description = "Run even when the estimated time is over a day." };
        var posterior = new Option<string?>("--posterior")
        {
            Description = "Run the variants on every parameter set of a calibration's posterior.csv; --replications is then per set (default 4).",
            HelpName = "DIR/posterior.csv",
        };
        var objective = ObjectiveOption.Create("With --posterior: the per-replication output whose change a remedy's effect is");

        var command = new Command("run", "Run a scenario's Monte Carlo replications and write their statistics.")
        {
            file, replications, precision, precisionAll, minimum, maximum, seed, threads, variants, all, output, shard, quiet, noReport, noPng, posterior,
            objective, force, format,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(posterior) is { } sets)
            {
                return OverPosterior(io, parse, sets, file, replications, seed, threads, variants, all, output, quiet, objective);
            }
            if (parse.Given(objective))
            {
                throw new UsageException("--objective goes with --posterior: a run without it reports every output.");
            }
            var part = parse.GetValue(shard) is { } text ? Shard.Parse(text) : (Shard?)null;
            if (part is not null && parse.GetValue(precision) is not null)
            {
                throw new UsageException("--precision and --shard exclude each other: a precision run decides its number of replications as it goes, which " +
                    "separate shards cannot share; give --replications.");
            }

            var stopping = Stopping(parse, replications, precision, precisionAll, minimum, maximum);
            var scenarios = ScenarioLoader.Load(parse.GetRequiredValue(file));
            var chosen = VariantSelection.Select(scenarios, parse.GetValue(variants) ?? [], parse.GetValue(all));
            var directory = parse.GetValue(output) ?? OutputDirectory.Default(scenarios.Baseline.Name);
            var plan = new RunPlan(chosen.Select(v => PlantVariants.From(v, parse.GetValue(seed))).ToArray(), stopping, parse.GetValue(threads));
            var description = new RunDescription(scenarios.Baseline.Name, scenarios.ContentHash, parse.GetValue(seed), stopping)
            {
                VariantDescriptions = chosen.Where(v => !string.IsNullOrWhiteSpace(v.Description)).ToDictionary(v => v.Name, v => v.Description.Trim()),
                Currency = scenarios.Baseline.Currency,
                MaterialUnits = scenarios.Baseline.Materials.ToDictionary(m => m.Name, m => m.Unit),
                ProductUnits = scenarios.Baseline.Products.ToDictionary(p => p.Name, p => p.Unit),
            };
            if (part is { } k)
            {
                return ShardRun.Execute(io, plan, description, k, parse.GetValue(output) ?? Path.Combine(directory, "parts"), parse.GetValue(quiet));
            }

            return RunResults.Write(io, plan.Variants, description, directory, parse.GetValue(quiet), !parse.GetValue(noReport), !parse.GetValue(noPng),
                parse.GetValue(format), (files, progress) => MonteCarloRunner.Run(plan, files, progress, io.Cancellation),
                () => RunEstimate.Check(io, plan, parse.GetValue(force), parse.GetValue(quiet)));
        });
        return command;
    }

    private static int OverPosterior(CommandIO io, ParseResult parse, string sets, Argument<string> file, Option<long> replications, Option<ulong> seed,
        Option<int> threads, Option<string[]> variants, Option<bool> all, Option<string?> output, Option<bool> quiet, Option<string?> objective)
    {
        var path = parse.GetRequiredValue(file);
        var perSet = parse.Given(replications) ? (int)Math.Min(parse.GetValue(replications), 100_000) : 4;
        var directory = parse.GetValue(output) ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(sets))!, "posterior-run");
        return PosteriorRun.Execute(io, path, sets, parse.GetValue(variants) ?? [], parse.GetValue(all), perSet, parse.GetValue(seed), parse.GetValue(threads),
            directory, parse.GetValue(quiet), parse.GetValue(objective));
    }

    private static StoppingRule Stopping(ParseResult parse, Option<long> replications, Option<double?> precision, Option<bool> precisionAll,
        Option<long> minimum, Option<long> maximum)
    {
        if (parse.GetValue(precision) is not { } r)
        {
            if (parse.GetValue(precisionAll) || parse.Given(minimum) || parse.Given(maximum))
            {
                throw new UsageException("--precision-all, --min-replications and --max-replications need --precision.");
            }

            return new FixedReplications(parse.GetValue(replications));
        }
        if (parse.Given(replications))
        {
            throw new UsageException("--replications and --precision exclude each other: give a count or a precision.");
        }

        var (min, max) = (parse.GetValue(minimum), parse.GetValue(maximum));
        if (min < 2)
        {
            throw new UsageException("--min-replications must be at least 2, the fewest that give a confidence interval.");
        }

        if (max < min)
        {
            throw new UsageException($"--max-replications ({max}) is below --min-replications ({min}).");
        }

        var all = parse.GetValue(precisionAll);
        if (all && r > 0.5)
        {
            throw new UsageException("with --precision-all, R is also the ± half-width of each probability, so it must be at most 0.5.");
        }

        return new PrecisionStopping(new PrecisionRule(min, r, all ? r : 0.5), all, max);
    }
}
