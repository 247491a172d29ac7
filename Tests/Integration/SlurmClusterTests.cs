using System.Diagnostics;
using Shortfall.Analysis.Output;
using Shortfall.Tests.Analysis;
using Shortfall.Tests.Analysis.Commands;
using Shortfall.Tests.Configuration;

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
        SameFiles.Assert(here, cluster, [mainFile, "report.html"], "the merge job", () => $"; job logs:\n{logs}");
    }

    [SlurmFact]
    public void A_calibration_submitted_as_one_job_that_submits_its_batches_writes_the_local_calibrations_bytes()
    {
        Assert.True(SlurmFactAttribute.Unreachable() is null, "CI=true but no Slurm cluster answers: " + SlurmFactAttribute.Unreachable());
        using var directory = new TemporaryDirectory();
        var cluster = directory["cluster"];
        // Two generations of six particles, as in SlurmEvaluatorTests: a few batches, each an array of at most two tasks.
        string[] calibration = ["--particles", "6", "--generations", "2", "--seed", "4", "--replications-per-point", "2"];
        var kyongwon = TestFiles.Scenario("kyongwon-technology-office.yaml");
        var (exit, output, error) = Cli.Run(["slurm", kyongwon, "--calibrate", .. calibration, "--tasks", "2", "--time", "00:10:00",
            "--coordinator-time", "00:10:00", "--out", cluster, "--submit"]);
        Assert.True(exit == 0, error);
        var job = output.Split('\n').Single(l => l.StartsWith("calibration job: ", StringComparison.Ordinal))["calibration job: ".Length..].Trim();
        WaitUntilGone(job);

        var here = directory["local"];
        Assert.Equal(0, Cli.Run(["calibrate", kyongwon, .. calibration, "--out", here, "--quiet"]).Exit);
        var log = Path.Combine(cluster, "slurm", "logs", $"calibrate.{job}.log");
        Assert.Contains("2 generations (ran the 2 generations asked for)", File.ReadAllText(log));
        SameFiles.Assert(here, cluster, ["posterior.csv", "calibration.json"], "the calibration's job", () => $"; its log:\n{File.ReadAllText(log)}");
        // The batches' folders are gone: only the coordinator's script and log are left in slurm/.
        var left = Directory.GetFileSystemEntries(Path.Combine(cluster, "slurm")).Select(e => Path.GetFileName(e)).Order(StringComparer.Ordinal);
        Assert.Equal(["calibrate.sbatch", "logs"], left.ToArray());
    }

    [SlurmFact]
    public void Cancelling_the_calibrations_job_cancels_the_job_array_it_is_waiting_for_and_writes_no_results()
    {
        Assert.True(SlurmFactAttribute.Unreachable() is null, "CI=true but no Slurm cluster answers: " + SlurmFactAttribute.Unreachable());
        using var directory = new TemporaryDirectory();
        var cluster = directory["cluster"];
        var (exit, output, error) = Cli.Run(["slurm", TestFiles.Scenario("kyongwon-technology-office.yaml"), "--calibrate", "--particles", "6",
            "--generations", "2", "--tasks", "2", "--time", "00:10:00", "--coordinator-time", "00:10:00", "--out", cluster, "--submit"]);
        Assert.True(exit == 0, error);
        var job = output.Split('\n').Single(l => l.StartsWith("calibration job: ", StringComparison.Ordinal))["calibration job: ".Length..].Trim();
        // A batch's array runs in the batch's folder: wait until one is queued, then cancel the calibration's job as a user would.
        var batches = Path.Combine(cluster, "slurm", "batch-");
        var clock = Stopwatch.StartNew();
        string[] Arrays() => Squeue("-o", "%i %Z").Split('\n').Where(l => l.Contains(batches, StringComparison.Ordinal)).ToArray();
        while (Arrays().Length == 0)
        {
            Assert.True(clock.Elapsed < Patience, $"no batch was submitted within {Patience}");
            Thread.Sleep(200);
        }
        using (var scancel = Process.Start("scancel", [job]))
        {
            scancel.WaitForExit();
        }
        WaitUntilGone(job);

        var log = File.ReadAllText(Path.Combine(cluster, "slurm", "logs", $"calibrate.{job}.log"));
        Assert.Contains("shortfall: cancelled; no results were written.", log);
        Assert.True(Arrays().Length == 0, $"the calibration's job is gone but its batch is still queued: {string.Join("; ", Arrays())}");
        Assert.False(File.Exists(Path.Combine(cluster, "posterior.csv")));
    }

    // squeue lists pending and running jobs; a finished one (done, failed or cancelled) is gone.
    private static void WaitUntilGone(params string[] jobs)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var listed = Squeue("-o", "%i %T %r", "-j", string.Join(',', jobs));
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

    // The jobs squeue lists, without its header.
    private static string Squeue(params string[] arguments)
    {
        using var squeue = Process.Start(new ProcessStartInfo("squeue", ["-h", .. arguments]) { RedirectStandardOutput = true, RedirectStandardError = true,
            UseShellExecute = false })!;
        var listed = squeue.StandardOutput.ReadToEnd().Trim();
        squeue.WaitForExit();
        return listed;
    }
}
