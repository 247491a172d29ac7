using System.Globalization;

namespace Shortfall.Analysis.Commands;

/// <summary>
/// A calibration on Slurm, as one batch script: a long-running one-core job (the coordinator) that runs <c>shortfall calibrate … --slurm</c>,
/// which proposes each generation's parameter sets itself and submits every batch of attempts as a job array, waits for it and reads its
/// results (<see cref="SlurmEvaluator{TPoint, TResult}"/>). The results are the bytes <c>shortfall calibrate</c> writes on one machine. All paths
/// are absolute, so the job runs from anywhere on a shared file system.
/// </summary>
/// <param name="Scenario">The scenario file's absolute path.</param>
/// <param name="Name">The scenario's name, for the job's name.</param>
/// <param name="CalibrationArguments">The calibration's options to pass on (<see cref="CalibrationOptions.Arguments"/>).</param>
/// <param name="Arrays">The array tasks each batch asks for.</param>
/// <param name="Directory">The calibration's absolute results directory.</param>
/// <param name="Partition">The coordinator's partition, or null for the cluster's default.</param>
/// <param name="Time">The coordinator's time limit, or null for the partition's default.</param>
/// <param name="Shortfall">The program and leading arguments that start shortfall (<see cref="ShortfallInvocation"/>).</param>
internal sealed record SlurmCalibrationJob(
    string Scenario,
    string Name,
    IReadOnlyList<string> CalibrationArguments,
    SlurmSettings Arrays,
    string Directory,
    string? Partition,
    string? Time,
    IReadOnlyList<string> Shortfall)
{
    /// <summary>The coordinator's script, in the folder where the calibration puts its batches.</summary>
    public string ScriptPath => Path.Combine(SlurmFolders.Scripts(Directory), "calibrate.sbatch");

    /// <summary>The coordinator's output (the calibration's progress) once Slurm has given it the job id <paramref name="job"/>.</summary>
    public string LogPath(string job) => Path.Combine(SlurmFolders.Logs(Directory), $"calibrate.{job}.log");

    /// <summary>The coordinator's script: one task on one core, the calibration's threads 1 (it only proposes and keeps the books).</summary>
    public string Script()
    {
        var tasks = Arrays.Tasks.ToString(CultureInfo.InvariantCulture);
        var arguments = new List<string>(Shortfall) { "calibrate", Scenario };
        arguments.AddRange(CalibrationArguments);
        arguments.AddRange(["--threads", "1", "--slurm", "--tasks", tasks, "--cpus-per-task", Arrays.CpusPerTask.ToString(CultureInfo.InvariantCulture)]);
        arguments.AddRange(Arrays.Partition is { } partition ? ["--partition", partition] : []);
        arguments.AddRange(Arrays.Time is { } time ? ["--time", time] : []);
        arguments.AddRange(["--out", Directory]);
        return new SlurmScript($"Calibrates {Name}: runs shortfall calibrate, which submits each batch of a generation's attempts as a job array of " +
                $"{tasks} tasks and waits for it; the results go to {Directory}.", $"Written by shortfall slurm --calibrate; submit with sbatch {ScriptPath}.",
                Directory)
            .Directive("job-name", SlurmJob.JobNameOf(Name) + "-calibrate")
            .Directive("ntasks", "1")
            .Directive("cpus-per-task", "1")
            .Limits(Partition, Time)
            .Directive("output", LogPath("%j"))
            .Exec(arguments);
    }
}
