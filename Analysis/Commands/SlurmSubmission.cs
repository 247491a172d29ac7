using System.ComponentModel;
using System.Diagnostics;

namespace Shortfall.Analysis.Commands;

/// <summary>Talks to Slurm's commands: submits a <see cref="SlurmJob"/> with sbatch (the array, then the merge with <c>--dependency=afterok:</c> the
/// array's id) or any script, asks squeue whether a job is still queued or running, and cancels one with scancel.</summary>
internal static class SlurmSubmission
{
    /// <summary>Submits both scripts and returns their job ids.</summary>
    /// <exception cref="UsageException">When sbatch cannot be started or refuses a script; the message says which, and the array's id if it was
    /// submitted.</exception>
    public static (string Array, string Merge) Submit(SlurmJob job)
    {
        var array = Sbatch(job.ShardsScriptPath);
        string merge;
        try
        {
            merge = Sbatch($"--dependency=afterok:{array}", job.MergeScriptPath);
        }
        catch (UsageException e)
        {
            throw new UsageException($"the shards were submitted as job {array}, but the merge was not: {e.Message} Submit it with: sbatch " +
                $"--dependency=afterok:{array} {ShellQuoting.Quote(job.MergeScriptPath)}");
        }
        return (array, merge);
    }

    /// <summary>Submits with <c>sbatch --parsable</c> and the <paramref name="arguments"/> (options, then the script) and returns the job id.</summary>
    /// <exception cref="UsageException">When sbatch cannot be started or refuses the job.</exception>
    public static string Sbatch(params string[] arguments)
    {
        // sbatch --parsable prints "jobid" or "jobid;cluster".
        var (exit, output, error) = Run("sbatch", ["--parsable", .. arguments]);
        var id = output.Trim().Split(';')[0];
        if (exit != 0 || id.Length == 0 || !id.All(char.IsAsciiDigit))
        {
            throw new UsageException($"sbatch {string.Join(' ', arguments)} failed (exit {exit}): {error.Trim()}{output.Trim()}");
        }

        return id;
    }

    /// <summary>True while job <paramref name="id"/> (any task of an array) is pending or running; false once squeue no longer lists it.</summary>
    /// <exception cref="UsageException">When squeue cannot be started, or fails otherwise than for a job it has already forgotten.</exception>
    public static bool Queued(string id)
    {
        var (exit, output, error) = Run("squeue", ["--noheader", "--format=%i", "--jobs", id]);
        // A job that ended more than MinJobAge ago is unknown to squeue, which then fails.
        if (exit != 0 && error.Contains("Invalid job id", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (exit != 0)
        {
            throw new UsageException($"squeue --jobs {id} failed (exit {exit}): {error.Trim()}");
        }

        return output.Trim().Length > 0;
    }

    /// <summary>Cancels job <paramref name="id"/> with scancel, leaving any failure unreported: it is called while giving up anyway.</summary>
    public static void Cancel(string id)
    {
        try
        {
            Run("scancel", [id]);
        }
        catch (UsageException)
        {
            // scancel missing means there is no Slurm to cancel anything on.
        }
    }

    private static (int Exit, string Output, string Error) Run(string program, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            throw new UsageException($"cannot run {program} ({e.Message}): submit from a Slurm login node, or leave out --submit (--slurm) and " +
                "submit the scripts yourself.");
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output.Result, error);
        }
    }
}
