using System.CommandLine;
using System.Globalization;
using Shortfall.Analysis.Batches;
using Shortfall.Analysis.Calibration;
using Shortfall.Analysis.Output;
using Shortfall.Analysis.Output.Documents;
using Shortfall.Configuration;
using Shortfall.Model.Definition;

namespace Shortfall.Analysis.Commands;

/// <summary>
/// <c>shortfall calibrate FILE</c>: fits the file's <c>uncertain:</c> numbers to its <c>observations:</c> by ABC-SMC
/// (<see cref="AbcSmc"/>) and writes posterior.csv, calibration.json and calibration.html; progress (generation, tolerance, acceptance rate, ETA)
/// goes to standard error. The same seed gives the same files whatever --threads.
/// </summary>
internal static class CalibrateCommand
{
    public static Command Create(CommandIO io)
    {
        var file = CommonOptions.ScenarioFile();
        var particles = CommonOptions.Positive(new Option<int>("--particles")
        {
            Description = "Accepted parameter sets per generation.",
            DefaultValueFactory = _ => 500,
        });
        var replications = CommonOptions.Positive(new Option<int>("--replications-per-point")
        {
            Description = "Replications simulated at each parameter set.",
            DefaultValueFactory = _ => 1,
            HelpName = "R",
        });
        var generations = CommonOptions.Positive(new Option<int>("--generations")
        {
            Description = "Generations to run, the first (from the prior) included; with --until-acceptance at most 30.",
            DefaultValueFactory = _ => 6,
            HelpName = "G",
        });
        var acceptance = new Option<double?>("--until-acceptance")
        {
            Description = "Stop after the first generation whose acceptance rate falls below A (0 < A < 1).",
            HelpName = "A",
        };
        acceptance.Validators.Add(result =>
        {
            if (CommonOptions.Converted<double>(result) is { } a && !(a > 0 && a < 1))
            {
                result.AddError("--until-acceptance must lie between 0 and 1, e.g. 0.05.");
            }
        });
        var seed = CommonOptions.Seed();
        var threads = CommonOptions.Threads();
        var output = new Option<string?>("--out") { Description = "The results directory (default: results/<scenario name>/calibration/).", HelpName = "DIR" };
        var quiet = CommonOptions.Quiet();
        var slurm = SlurmOptions.Switch("Simulate each batch of a generation's attempts as a Slurm job array (this process submits and waits for each).");
        var cluster = new SlurmOptions("Array tasks that share each batch of attempts (with --slurm).", required: false);
        var command = new Command("calibrate", "Fit the scenario's uncertain numbers to its observations (ABC-SMC); writes posterior.csv and calibration.json.")
        {
            file, particles, replications, generations, acceptance, seed, threads, output, quiet, slurm,
        };
        foreach (var option in cluster.All)
        {
            command.Options.Add(option);
        }
        command.SetAction(parse =>
        {
            if (parse.Given(generations) && parse.Given(acceptance))
            {
                throw new UsageException("give --generations or --until-acceptance, not both.");
            }
            var path = parse.GetRequiredValue(file);
            var content = File.Exists(path) ? File.ReadAllBytes(path) : null;
            var scenario = content is null ? ScenarioLoader.Load(path) : ScenarioLoader.Load(content, path);
            if (scenario.Uncertain.Count == 0 || scenario.Observations.Count == 0)
            {
                throw new UsageException($"{path} needs an 'uncertain:' and an 'observations:' section to calibrate (see FORMAT.md, Calibration).");
            }
            var until = parse.GetValue(acceptance);
            var settings = new AbcSettings(parse.GetValue(particles), until is null ? parse.GetValue(generations) : 30, until,
                parse.GetValue(seed), parse.GetValue(threads));
            var perPoint = parse.GetValue(replications);
            var model = new ScenarioModel(content!, path, scenario.Uncertain, scenario.Observations, perPoint);
            var directory = parse.GetValue(output) ?? Path.Combine(OutputDirectory.Default(scenario.Baseline.Name), "calibration");
            IEvaluator<AbcPoint, SimulatedPoint> evaluator = cluster.Requested(parse, slurm) is { } tasks
                ? new SlurmEvaluator<AbcPoint, SimulatedPoint>(new AbcPointCodec(), Path.GetFullPath(path), scenario.ContentHash,
                    BatchKinds.CalibrationSettings(perPoint), tasks, Path.Combine(Path.GetFullPath(directory), "slurm"))
                : new LocalEvaluator<AbcPoint, SimulatedPoint>(p => model.Simulate(p.Parameters, p.Seed), settings.Threads);
            var progress = parse.GetValue(quiet) ? null : new CalibrationProgress(io);
            using var results = OutputDirectory.Open(directory);
            var outcome = OutputDirectory.Commit(results, () =>
            {
                var abc = Run(scenario.Uncertain.Select(u => u.Prior).ToArray(), evaluator, settings, progress, io.Cancellation);
                CalibrationFiles.Stage(results, scenario, abc, settings, perPoint);
                Reports.CalibrationReport.Stage(results, scenario, abc);
                return (abc, Identity(scenario, settings, perPoint));
            });
            if (!parse.GetValue(quiet))
            {
                io.Output.WriteLine($"{outcome.Generations.Count} generations ({outcome.StopReason}); posterior.csv, calibration.json and calibration.html " +
                    $"in {directory}");
            }
            return ExitCodes.Success;
        });
        return command;
    }

    // Everything but the threads decides the bytes.
    private static ManifestRunDocument Identity(ScenarioFile scenario, AbcSettings settings, int perPoint) =>
        RunIdentity.Of("calibrate", scenario.Baseline.Name, scenario.ContentHash, settings.Seed, perPoint, 1, [
            string.Create(CultureInfo.InvariantCulture, $"particles {settings.Particles}, generations {settings.Generations}, ") +
            string.Create(CultureInfo.InvariantCulture, $"until acceptance {settings.UntilAcceptance}, quantile {settings.ToleranceQuantile}"),
            .. scenario.Uncertain.Select(u => u.Path), .. scenario.Observations.Select(o => o.Name)]);

    // A parameter set the loader refuses stops the calibration with the loader's message, the lowest attempt's whatever the threads.
    private static AbcOutcome Run(Configuration.Calibration.Prior[] priors, IEvaluator<AbcPoint, SimulatedPoint> evaluator, AbcSettings settings,
        CalibrationProgress? progress, CancellationToken cancellation)
    {
        try
        {
            return AbcSmc.Run(priors, evaluator, settings, progress is null ? null : progress.Report, cancellation);
        }
        catch (AggregateException e) when (e.InnerExceptions.FirstOrDefault(x => x is ScenarioException) is ScenarioException problem)
        {
            throw problem;
        }
    }
}
