using System.Globalization;

namespace Shortfall.Analysis.Commands;

/// <summary>
/// A sharded run (or sweep) on Slurm, as batch scripts: a job array with one task per shard, each
/// running <c>shortfall run --shard $SLURM_ARRAY_TASK_ID/T</c> (or <c>shortfall sweep …</c>) into parts/, and a merge job, submitted to
/// start only when every task has succeeded (<c>--dependency=afterok</c>), that writes the results
/// into the run's directory. All paths are absolute, so the jobs run from anywhere on a shared file system.
/// </summary>
/// <param name="Scenario">The scenario file's absolute path.</param>
/// <param name="Name">The scenario's name, for the job names.</param>
/// <param name="Replications">Replications of the whole run.</param>
/// <param name="Tasks">Array tasks, one shard each.</param>
/// <param name="Seed">The run's seed.</param>
/// <param name="VariantArguments">The variant options to pass on (--variant NAME …, or --all-variants).</param>
/// <param name="SweepArguments">For a sweep, its options to pass on (--param …, --mode, --points); empty for a run.</param>
/// <param name="CpusPerTask">Cores per array task, and the shard's worker threads.</param>
/// <param name="Directory">The run's absolute results directory.</param>
/// <param name="Partition">The partition, or null for the cluster's default.</param>
/// <param name="Time">The time limit of each array task, or null for the partition's default.</param>
/// <param name="MergeTime">The time limit of the merge job, or null for the partition's default.</param>
/// <param name="Shortfall">The program and leading arguments that start shortfall (<see cref="ShortfallInvocation"/>).</param>
internal sealed record SlurmJob(
    string Scenario,
    string Name,
    long Replications,
    int Tasks,
    ulong Seed,
    IReadOnlyList<string> VariantArguments,
    IReadOnlyList<string> SweepArguments,
    int CpusPerTask,
    string Directory,
    string? Partition,
    string? Time,
    string? MergeTime,
    IReadOnlyList<string> Shortfall)
{
    /// <summary>Where the array tasks write their shard files.</summary>
    public string PartsDirectory => Path.Combine(Directory, "parts");

    /// <summary>Where the scripts are written.</summary>
    public string ScriptDirectory => SlurmFolders.Scripts(Directory);

    /// <summary>Where the jobs' output goes.</summary>
    public string LogDirectory => SlurmFolders.Logs(Directory);

    /// <summary>The job array's script.</summary>
    public string ShardsScriptPath => Path.Combine(ScriptDirectory, "shards.sbatch");

    /// <summary>The merge job's script.</summary>
    public string MergeScriptPath => Path.Combine(ScriptDirectory, "merge.sbatch");

    /// <summary>The script that submits both, the merge depending on the array.</summary>
    public string SubmitScriptPath => Path.Combine(ScriptDirectory, "submit.sh");

    private string JobName => JobNameOf(Name);

    /// <summary>The name of a job of scenario <paramref name="name"/>'s: shortfall-, then the name as its results directory spells it.</summary>
    public static string JobNameOf(string name) => "shortfall-" + Path.GetFileName(OutputDirectory.Default(name));

    /// <summary>The job array: task K runs shard K/T.</summary>
    public string ShardsScript()
    {
        var script = Start($"The {Tasks} shards of the Shortfall run of {Name}: {Replications} replications, seed {Seed}.")
            .Directive("job-name", JobName)
            .Directive("array", $"1-{Tasks.ToString(CultureInfo.InvariantCulture)}")
            .Directive("ntasks", "1")
            .Directive("cpus-per-task", CpusPerTask.ToString(CultureInfo.InvariantCulture))
            .Limits(Partition, Time)
            .Directive("output", Path.Combine(LogDirectory, "shard-%a.%A.log"));
        var arguments = new List<string>(Shortfall)
        {
            SweepArguments.Count > 0 ? "sweep" : "run", Scenario,
            "--replications", Replications.ToString(CultureInfo.InvariantCulture),
            "--seed", Seed.ToString(CultureInfo.InvariantCulture),
        };
        arguments.AddRange(VariantArguments);
        arguments.AddRange(SweepArguments);
        arguments.AddRange(["--threads", CpusPerTask.ToString(CultureInfo.InvariantCulture), "--out", PartsDirectory]);
        return script.Exec(arguments, $" --shard \"${{SLURM_ARRAY_TASK_ID}}/{Tasks.ToString(CultureInfo.InvariantCulture)}\"");
    }

    /// <summary>The merge job; submit it with a dependency on the array.</summary>
    public string MergeScript() =>
        Start($"Merges the {Tasks} shards of the Shortfall run of {Name} into {Directory}; submitted to run after every shard succeeded.")
            .Directive("job-name", JobName + "-merge")
            .Directive("ntasks", "1")
            .Directive("cpus-per-task", "1")
            .Limits(Partition, MergeTime)
            .Directive("output", Path.Combine(LogDirectory, "merge.%j.log"))
            .Exec([.. Shortfall, "merge", PartsDirectory, "--out", Directory]);

    /// <summary>A shell script that submits the array and then the merge, which waits for every task to succeed.</summary>
    public string SubmitScript() =>
        "#!/bin/bash\n"
        + "# Written by shortfall slurm: submits the shards as a job array, and the merge to run once every task has succeeded.\n"
        + "set -euo pipefail\n"
        + $"shards=$(sbatch --parsable {ShellQuoting.Quote(ShardsScriptPath)})\n"
        + "shards=${shards%%;*}\n"
        + $"merge=$(sbatch --parsable --dependency=afterok:\"$shards\" {ShellQuoting.Quote(MergeScriptPath)})\n"
        + "merge=${merge%%;*}\n"
        + "echo \"shards job: $shards\"\n"
        + "echo \"merge job: $merge\"\n";

    private SlurmScript Start(string what) => new(what, $"Written by shortfall slurm; submit with {SubmitScriptPath}.", Directory);
}
