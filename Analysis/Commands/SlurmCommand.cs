using System.CommandLine;
using System.Text;
using Shortfall.Analysis.Output;
using Shortfall.Configuration;

namespace Shortfall.Analysis.Commands;

/// <summary>
/// <c>shortfall slurm FILE --replications N --tasks T</c>: checks the scenario and writes the batch
/// scripts of a sharded run (<see cref="SlurmJob"/>) into DIR/slurm/; with <c>--submit</c> also
/// submits them (<see cref="SlurmSubmission"/>) and prints the job ids, else prints how to.
/// With <c>--calibrate</c>, the script of a calibration's coordinating job instead (<see cref="SlurmCalibrationJob"/>).
/// </summary>
internal static class SlurmCommand
{
    public static Command Create(CommandIO io)
    {
        var file = CommonOptions.ScenarioFile();
        var replications = CommonOptions.Replications(200, "Replications of each variant, over all tasks.");
        var slurm = new SlurmOptions("Array tasks: the run is split into this many shards, one per task (with --calibrate: the tasks of each " +
            "batch's array).", required: true);
        var mergeTime = SlurmOptions.TimeLimit(new Option<string?>("--merge-time") { Description = "Time limit of the merge job (default: --time).",
            HelpName = "[D-]HH:MM:SS" });
        var seed = CommonOptions.Seed();
        var variants = CommonOptions.Variant();
        var all = CommonOptions.AllVariants();
        var output = new Option<string?>("--out") { Description = "The run's directory on a file system the nodes share: results here, shards in parts/, " +
            "scripts and logs in slurm/ (default: results/<scenario name>/; with --calibrate, the calibration's results, default " +
            "results/<scenario name>/calibration/).", HelpName = "DIR" };
        var sweepOptions = new SweepOptions("Shard a sweep instead of a run: an input to vary, PATH=LOW:HIGH[:STEPS], as for 'shortfall sweep' (repeatable).",
            required: false);
        var submit = new Option<bool>("--submit") { Description = "Submit the job array and the merge job (or the calibration's job) with sbatch, and " +
            "print their job ids." };
        var calibrate = new SlurmCalibrationOptions();
        var command = new Command("slurm", "Write (and with --submit, submit) a Slurm job array that runs a scenario in shards, and the job that merges " +
            "them; or, with --calibrate, the job that runs a calibration whose batches are job arrays.")
        {
            file, replications, mergeTime, seed, variants, all, sweepOptions.Parameters, sweepOptions.Mode, sweepOptions.Points, output, submit,
        };
        foreach (var option in slurm.All.Concat(calibrate.All))
        {
            command.Options.Add(option);
        }
        Option[] runOnly = [replications, mergeTime, variants, all, sweepOptions.Parameters, sweepOptions.Mode, sweepOptions.Points];
        command.SetAction(parse =>
        {
            var path = Path.GetFullPath(parse.GetRequiredValue(file));
            if (calibrate.Job(parse, path, parse.GetValue(seed), slurm.Settings(parse), parse.GetValue(output), runOnly) is { } calibration)
            {
                return Calibrate(io, calibration, parse.GetValue(submit));
            }
            var scenarios = ScenarioLoader.Load(path);
            var names = parse.GetValue(variants) ?? [];
            VariantSelection.Select(scenarios, names, parse.GetValue(all));
            var cluster = slurm.Settings(parse);
            var (count, shards) = (parse.GetValue(replications), cluster.Tasks);
            if (count < shards)
            {
                throw new UsageException($"--tasks {shards} is more than the {count} replications; every task needs at least one.");
            }

            var sweep = SweepArguments(parse, path, parse.GetValue(seed), sweepOptions, variants, all);
            var job = new SlurmJob(
                path,
                scenarios.Baseline.Name,
                count,
                shards,
                parse.GetValue(seed),
                parse.GetValue(all) ? ["--all-variants"] : names.SelectMany(n => new[] { "--variant", n }).ToArray(),
                sweep,
                cluster.CpusPerTask,
                Path.GetFullPath(parse.GetValue(output) ?? OutputDirectory.Default(scenarios.Baseline.Name)),
                cluster.Partition,
                cluster.Time,
                parse.GetValue(mergeTime) ?? cluster.Time,
                ShortfallInvocation.Command());
            Write([job.LogDirectory, job.PartsDirectory], job.Directory,
                [(job.ShardsScriptPath, job.ShardsScript()), (job.MergeScriptPath, job.MergeScript()), (job.SubmitScriptPath, job.SubmitScript())]);
            if (!parse.GetValue(submit))
            {
                io.Output.WriteLine($"Wrote {job.ShardsScriptPath} ({shards} array tasks) and {job.MergeScriptPath}.");
                io.Output.WriteLine($"Submit both, the merge after every task has succeeded, with: bash {ShellQuoting.Quote(job.SubmitScriptPath)}");
                return ExitCodes.Success;
            }
            var (array, merge) = SlurmSubmission.Submit(job);
            io.Output.WriteLine($"shards job: {array}");
            io.Output.WriteLine($"merge job: {merge}");
            io.Output.WriteLine($"Submitted {shards} array tasks and the merge, which runs after all succeed; results in {job.Directory}, logs in " +
                $"{job.LogDirectory}.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static int Calibrate(CommandIO io, SlurmCalibrationJob job, bool submit)
    {
        Write([SlurmFolders.Logs(job.Directory)], job.Directory, [(job.ScriptPath, job.Script())]);
        if (!submit)
        {
            io.Output.WriteLine($"Wrote {job.ScriptPath}: a one-core job that runs the calibration and submits each batch of its attempts as an " +
                $"array of {job.Arrays.Tasks} tasks.");
            io.Output.WriteLine($"Submit it with: sbatch {ShellQuoting.Quote(job.ScriptPath)}");
            return ExitCodes.Success;
        }
        var id = SlurmSubmission.Sbatch(job.ScriptPath);
        io.Output.WriteLine($"calibration job: {id}");
        io.Output.WriteLine($"Submitted the calibration, which submits its batches as it goes; progress in {job.LogPath(id)}, results in {job.Directory}.");
        return ExitCodes.Success;
    }

    // The scripts come as texts built before any folder is made: a value Slurm cannot take leaves nothing written.
    private static void Write(string[] directories, string run, (string Path, string Text)[] scripts)
    {
        try
        {
            foreach (var directory in directories)
            {
                Directory.CreateDirectory(directory);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot create the run's directories under '{run}': {e.Message}");
        }
        foreach (var (path, text) in scripts)
        {
            AtomicFile.WriteAllBytes(path, Encoding.UTF8.GetBytes(text));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path,
                    UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                    | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            }
        }
    }

    // A sweep's options, checked now as 'shortfall sweep' checks them, so no array task fails on them.
    private static string[] SweepArguments(ParseResult parse, string path, ulong seed, SweepOptions options, Option<string[]> variants, Option<bool> all)
    {
        if (options.Specification(parse) is not { } specification)
        {
            return [];
        }

        if ((parse.GetValue(variants) ?? []).Length > 0 || parse.GetValue(all))
        {
            throw new UsageException("a sweep's points are its variants: --variant and --all-variants do not go with --param.");
        }

        var (_, inputs, design) = SweepCommand.Design(specification, seed);
        SweepCommand.PointScenarios(path, inputs, design);
        return SweepOptions.Arguments(specification);
    }
}
