using System.ComponentModel;
using System.Diagnostics;

namespace Shortfall.Analysis.Commands;

/// <summary>Submits a <see cref="SlurmJob"/> with sbatch: the array, then the merge with <c>--dependency=afterok:</c> the array's id.</summary>
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

    // sbatch --parsable prints "jobid" or "jobid;cluster".
    private static string Sbatch(params string[] arguments)
    {
        var start = new ProcessStartInfo("sbatch") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("--parsable");
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
            throw new UsageException($"cannot run sbatch ({e.Message}): submit from a Slurm login node, or leave out --submit and submit the scripts " +
                $"yourself.");
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            var id = output.Result.Trim().Split(';')[0];
            if (process.ExitCode != 0 || id.Length == 0 || !id.All(char.IsAsciiDigit))
            {
                throw new UsageException($"sbatch {string.Join(' ', arguments)} failed (exit {process.ExitCode}): {error.Trim()}{output.Result.Trim()}");
            }

            return id;
        }
    }
}
