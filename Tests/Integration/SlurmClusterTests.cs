using System.Diagnostics;
using Shortfall.Analysis.Output;
using Shortfall.Tests.Analysis;
using Shortfall.Tests.Analysis.Commands;

namespace Shortfall.Tests.Integration;

/// <summary>A sharded run of the reference scenario on a real Slurm cluster (one node on localhost in CI), merged and compared with a local run.</summary>
public class SlurmClusterTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    [SlurmFact]
    public void A_four_task_job_array_merged_by_its_dependent_job_equals_the_local_run_byte_for_byte()
    {
        string[] run = ["--replications", "8", "--variant", "second-truck", "--seed", "4"];
        SubmitAndCompare(run, "run", run, SummaryJson.FileName);
    }

    [SlurmFact]
    public void A_sweep_sharded_over_a_job_array_equals_the_local_sweep_byte_for_byte()
    {
        string[] sweep = ["--replications", "4", "--seed", "4", "--param", "carriers.truck.count=1:2", "--param", "allocations[3].quantity=400 L:1200 L"];
        SubmitAndCompare(sweep, "sweep", sweep, "sweep.json");
    }

    // Submits the array and its merge, waits for both, and compares every file the same command
    // writes locally (results, report.html and charts) with the merge job's.
    private static void SubmitAndCompare(string[] slurm, string command, string[] local, string mainFile)
    {
        Assert.True(SlurmFactAttribute.Unreachable() is null, "CI=true but no Slurm cluster answers: " + SlurmFactAttribute.Unreachable());
        using var directory = new TemporaryDirectory();
        var cluster = directory["cluster"];
        var (exit, output, error) = Cli.Run(["slurm", Cli.Onsong, .. slurm, "--tasks", "4", "--time", "00:10:00", "--out", cluster, "--submit"]);
        Assert.True(exit == 0, error);
        var jobs = output.Split('\n').Where(l => l.Contains(" job: ", StringComparison.Ordinal)).ToDictionary(l => l[..l.IndexOf(" job: ",
            StringComparison.Ordinal)], l => l[(l.IndexOf(": ", StringComparison.Ordinal) + 2)..].Trim());
        WaitUntilGone(jobs["shards"], jobs["merge"]);

        var here = directory["local"];
        Assert.Equal(0, Cli.Run([command, Cli.Onsong, .. local, "--out", here, "--quiet"]).Exit);
        var logs = string.Join("\n", Directory.GetFiles(Path.Combine(cluster, "slurm", "logs")).Select(f => $"{Path.GetFileName(f)}:\n{File.ReadAllText(f)}"));
        Assert.Equal(4, Directory.GetFiles(Path.Combine(cluster, "parts")).Length);
        var files = Directory.GetFiles(here, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(here, f)).ToArray();
        Assert.Contains(mainFile, files);
        Assert.Contains("report.html", files);
        foreach (var name in files)
        {
            var merged = Path.Combine(cluster, name);
            Assert.True(File.Exists(merged), $"the merge job wrote no {name}; job logs:\n{logs}");
            Assert.True(File.ReadAllBytes(Path.Combine(here, name)).AsSpan().SequenceEqual(File.ReadAllBytes(merged)), $"{name} differs from the local " +
                $"{command}'s");
        }
    }

    // squeue lists pending and running jobs; a finished one (done, failed or cancelled) is gone.
    private static void WaitUntilGone(params string[] jobs)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            using var squeue = Process.Start(new ProcessStartInfo("squeue", ["-h", "-o", "%i %T %r", "-j", string.Join(',',
                jobs)]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })!;
            var listed = squeue.StandardOutput.ReadToEnd().Trim();
            squeue.WaitForExit();
            if (listed.Length == 0)
            {
                return;
            }
            // A merge whose array failed waits forever on its dependency.
            Assert.DoesNotContain("DependencyNeverSatisfied", listed);
            Assert.True(clock.Elapsed < Patience, $"jobs still queued after {Patience}: {listed}");
            Thread.Sleep(1000);
        }
    }
}
