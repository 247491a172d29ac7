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
        var calibration = new CalibrationOptions();
        var seed = CommonOptions.Seed();
        var threads = CommonOptions.Threads();
        var output = new Option<string?>("--out") { Description = "The results directory (default: results/<scenario name>/calibration/).", HelpName = "DIR" };
        var quiet = CommonOptions.Quiet();
        var slurm = SlurmOptions.Switch("Simulate each batch of a generation's attempts as a Slurm job array (this process submits and waits for each).");
        var cluster = new SlurmOptions("Array tasks that share each batch of attempts (with --slurm).", required: false);
        var command = new Command("calibrate", "Fit the scenario's uncertain numbers to its observations (ABC-SMC); writes posterior.csv and calibration.json.")
        {
            file,
        };
        foreach (var option in calibration.All.Concat([seed, threads, output, quiet, slurm]).Concat(cluster.All))
        {
            command.Options.Add(option);
        }
        command.SetAction(parse =>
        {
            var settings = calibration.Settings(parse, parse.GetValue(seed), parse.GetValue(threads));
            var path = parse.GetRequiredValue(file);
            var (content, scenario) = Load(path);
            var perPoint = parse.GetValue(calibration.ReplicationsPerPoint);
            var model = new ScenarioModel(content, path, scenario.Uncertain, scenario.Observations, perPoint);
            var directory = parse.GetValue(output) ?? DefaultDirectory(scenario);
            IEvaluator<AbcPoint, SimulatedPoint> evaluator = cluster.Requested(parse, slurm) is { } tasks
                ? new SlurmEvaluator<AbcPoint, SimulatedPoint>(new AbcPointCodec(), Path.GetFullPath(path), scenario.ContentHash,
                    BatchKinds.CalibrationSettings(perPoint), tasks, SlurmFolders.Scripts(Path.GetFullPath(directory)))
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

    /// <summary>The scenario file's bytes and the scenario, which must have something to calibrate.</summary>
    /// <exception cref="UsageException">When it has no 'uncertain:' or no 'observations:' section.</exception>
    /// <exception cref="ScenarioException">When the file cannot be read or is not a valid scenario.</exception>
    public static (byte[] Content, ScenarioFile Scenario) Load(string path)
    {
        var content = File.Exists(path) ? File.ReadAllBytes(path) : null;
        var scenario = content is null ? ScenarioLoader.Load(path) : ScenarioLoader.Load(content, path);
        if (scenario.Uncertain.Count == 0 || scenario.Observations.Count == 0)
        {
            throw new UsageException($"{path} needs an 'uncertain:' and an 'observations:' section to calibrate (see FORMAT.md, Calibration).");
        }

        // Loading by path threw for a file that is not there.
        return (content!, scenario);
    }

    /// <summary>Where a calibration's results go without --out: results/&lt;scenario name&gt;/calibration/.</summary>
    public static string DefaultDirectory(ScenarioFile scenario) => Path.Combine(OutputDirectory.Default(scenario.Baseline.Name), "calibration");

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
