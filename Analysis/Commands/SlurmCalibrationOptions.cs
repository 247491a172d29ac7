using System.CommandLine;

namespace Shortfall.Analysis.Commands;

/// <summary>
/// The options of <c>shortfall slurm --calibrate</c>: the switch, the calibration's own options (<see cref="CalibrationOptions"/>, checked as
/// <c>calibrate</c> checks them) and the coordinator job's resources; and the job (<see cref="SlurmCalibrationJob"/>) they describe.
/// </summary>
internal sealed class SlurmCalibrationOptions
{
    public Option<bool> Switch { get; } = new("--calibrate")
    {
        Description = "Calibrate instead of run: write (and with --submit, submit) a one-core job that runs 'shortfall calibrate FILE --slurm " +
            "--tasks T' with the options below, which submits each batch of a generation's attempts as a job array and waits for it. The results " +
            "are the bytes 'shortfall calibrate' writes on one machine.",
    };

    public CalibrationOptions Calibration { get; } = new();

    public Option<string?> CoordinatorTime { get; } = SlurmOptions.TimeLimit(new Option<string?>("--coordinator-time")
    {
        Description = "Time limit of the calibration's job, which lasts as long as the whole calibration (default: the partition's).",
        HelpName = "[D-]HH:MM:SS",
    });

    public Option<string?> CoordinatorPartition { get; } = new("--coordinator-partition")
    {
        Description = "Partition of the calibration's job (default: --partition).",
        HelpName = "P",
    };

    /// <summary>All of them, to add to a command.</summary>
    public IEnumerable<Option> All => [Switch, .. Calibration.All, CoordinatorTime, CoordinatorPartition];

    /// <summary>The calibration's job when --calibrate is given, else null; the scenario is loaded and checked as <c>calibrate</c> checks it.</summary>
    /// <param name="parse">The command line.</param>
    /// <param name="path">The scenario file's absolute path.</param>
    /// <param name="seed">The seed given.</param>
    /// <param name="arrays">The array tasks each batch asks for.</param>
    /// <param name="output">--out, or null.</param>
    /// <param name="runOnly">The options of a sharded run or sweep, which a calibration refuses.</param>
    /// <exception cref="UsageException">When a calibration option comes without --calibrate, a run's option with it, or the calibration's options
    /// or scenario are refused.</exception>
    public SlurmCalibrationJob? Job(ParseResult parse, string path, ulong seed, SlurmSettings arrays, string? output, IEnumerable<Option> runOnly)
    {
        if (!parse.GetValue(Switch))
        {
            var calibrating = parse.GivenNames(All);
            return calibrating.Length == 0 ? null : throw new UsageException($"--calibrate is missing: {calibrating} belong to a calibration.");
        }

        var refused = parse.GivenNames(runOnly);
        if (refused.Length > 0)
        {
            throw new UsageException($"--calibrate does not take {refused}: a calibration runs the baseline, its size set by --particles, " +
                "--replications-per-point and --generations or --until-acceptance.");
        }

        var settings = Calibration.Settings(parse, seed, 1);
        var (_, scenario) = CalibrateCommand.Load(path);
        return new SlurmCalibrationJob(path, scenario.Baseline.Name, CalibrationOptions.Arguments(settings, parse.GetValue(Calibration.ReplicationsPerPoint)),
            arrays, Path.GetFullPath(output ?? CalibrateCommand.DefaultDirectory(scenario)), parse.GetValue(CoordinatorPartition) ?? arrays.Partition,
            parse.GetValue(CoordinatorTime), ShortfallInvocation.Command());
    }
}
