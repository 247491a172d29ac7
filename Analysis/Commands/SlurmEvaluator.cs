using System.Diagnostics;
using System.Globalization;
using System.Text;
using Shortfall.Analysis.Batches;
using Shortfall.Analysis.Output;
using Shortfall.Analysis.Sharding;

namespace Shortfall.Analysis.Commands;

/// <summary>
/// Evaluates each batch as a Slurm job array from this process: writes the batch file into its own directory under
/// <paramref name="directory"/>, submits an array whose task K runs <c>shortfall evaluate-batch … --shard K/T</c>, waits until every task's
/// result file is there (or the job has left the queue), checks that every one arrived whole and belongs to this batch (refusing a missing or
/// foreign one by name), and returns the results in the points' order. The batch's directory is removed once its results are read; a failed
/// batch's stays, with the tasks' logs.
/// </summary>
/// <param name="codec">The batch kind's codec.</param>
/// <param name="scenario">The scenario file's absolute path, on a file system the nodes share.</param>
/// <param name="scenarioHash">Its SHA-256 now; the tasks refuse a file changed since.</param>
/// <param name="settings">What besides the scenario the tasks build the model from (<see cref="BatchHeader.Settings"/>).</param>
/// <param name="slurm">The array tasks asked for.</param>
/// <param name="directory">Where the batches go, on a file system the nodes share.</param>
internal sealed class SlurmEvaluator<TPoint, TResult>(
    IBatchCodec<TPoint, TResult> codec,
    string scenario,
    string scenarioHash,
    IReadOnlyList<string> settings,
    SlurmSettings slurm,
    string directory) : IEvaluator<TPoint, TResult>
{
    // The result files are looked for often (cheap), squeue asked seldom and less often as a batch runs on (it loads the controller).
    private static readonly TimeSpan Look = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan FirstAsk = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LastAsk = TimeSpan.FromSeconds(30);
    private const int RefusalsTolerated = 5;

    private int _batches;

    /// <inheritdoc/>
    public int Width => slurm.Tasks * slurm.CpusPerTask;

    /// <inheritdoc/>
    /// <exception cref="UsageException">When Slurm refuses the job, or a task's result file is missing or not this batch's.</exception>
    public IReadOnlyList<TResult> Evaluate(IReadOnlyList<TPoint> points, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0)
        {
            return [];
        }
        cancellation.ThrowIfCancellationRequested();
        var number = ++_batches;
        var folder = Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"batch-{number:D4}"));
        var logs = Path.Combine(folder, "logs");
        // A folder of this name is left from an earlier run into the same directory; its files must not pass for this run's.
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        Directory.CreateDirectory(logs);
        var tasks = Math.Min(slurm.Tasks, points.Count);
        var batch = Path.Combine(folder, BatchFormat.BatchFileName);
        var identity = BatchFile.Write(batch, new BatchHeader(ShardFormat.ShortfallVersion, codec.Kind, scenario, scenarioHash, settings, points.Count),
            points, codec);
        var script = Path.Combine(folder, "tasks.sbatch");
        AtomicFile.WriteAllBytes(script, Encoding.UTF8.GetBytes(Script(number, folder, batch, points.Count, tasks)));
        var job = SlurmSubmission.Sbatch(script);
        Wait(job, folder, tasks, cancellation);
        var expected = new ResultHeader(ShardFormat.ShortfallVersion, identity, codec.Kind, new Shard(1, tasks), points.Count);
        TResult[] results;
        try
        {
            results = BatchResults.Collect(folder, expected, tasks, codec, missing =>
                $"Slurm job {job} ended without them; its tasks' logs: {string.Join(", ", missing.Select(s => Log(logs, s)))}.{LastLines(logs, missing)}");
        }
        catch (ShardException e)
        {
            throw new UsageException(e.Message);
        }
        Directory.Delete(folder, recursive: true);
        if (!Directory.EnumerateFileSystemEntries(directory).Any())
        {
            Directory.Delete(directory);
        }
        return results;
    }

    private string Script(int number, string folder, string batch, int points, int tasks)
    {
        var cpus = slurm.CpusPerTask.ToString(CultureInfo.InvariantCulture);
        return new SlurmScript($"Evaluates the {points} points of {codec.Kind} batch {number} of {scenario} in {tasks} array tasks.",
                $"Written and submitted by shortfall {codec.Kind} --slurm, which waits for it and reads the results.", folder)
            .Directive("job-name", string.Create(CultureInfo.InvariantCulture, $"shortfall-{codec.Kind}-{number}"))
            .Directive("array", string.Create(CultureInfo.InvariantCulture, $"1-{tasks}"))
            .Directive("ntasks", "1")
            .Directive("cpus-per-task", cpus)
            .Limits(slurm.Partition, slurm.Time)
            .Directive("output", Path.Combine(folder, "logs", "task-%a.log"))
            .Exec([.. ShortfallInvocation.Command(), "evaluate-batch", batch, "--threads", cpus, "--out", folder],
                string.Create(CultureInfo.InvariantCulture, $" --shard \"${{SLURM_ARRAY_TASK_ID}}/{tasks}\""));
    }

    // Until every result file is there, or the job has left the queue (finished, failed or cancelled); cancelling cancels the job.
    private static void Wait(string job, string folder, int tasks, CancellationToken cancellation)
    {
        var files = Enumerable.Range(1, tasks).Select(k => Path.Combine(folder, ResultFile.FileName(new Shard(k, tasks)))).ToArray();
        var clock = Stopwatch.StartNew();
        var (asked, interval, failures) = (TimeSpan.Zero, FirstAsk, 0);
        while (!files.All(File.Exists))
        {
            if (clock.Elapsed - asked >= interval)
            {
                try
                {
                    if (!SlurmSubmission.Queued(job))
                    {
                        return;
                    }
                    failures = 0;
                }
                catch (UsageException) when (++failures < RefusalsTolerated)
                {
                    // A controller busy for a moment is no reason to give up a long calibration; asked again at the next interval.
                }
                (asked, interval) = (clock.Elapsed, TimeSpan.FromTicks(Math.Min(interval.Ticks * 3 / 2, LastAsk.Ticks)));
            }
            if (cancellation.WaitHandle.WaitOne(Look))
            {
                SlurmSubmission.Cancel(job);
                cancellation.ThrowIfCancellationRequested();
            }
        }
    }

    private static string Log(string logs, Shard shard) => Path.Combine(logs, string.Create(CultureInfo.InvariantCulture, $"task-{shard.Number}.log"));

    // The end of the first missing task's log, where its error is.
    private static string LastLines(string logs, IReadOnlyList<Shard> missing)
    {
        var log = Log(logs, missing[0]);
        if (!File.Exists(log))
        {
            return " No task wrote a log: did the job start at all?";
        }
        var lines = File.ReadAllLines(log).TakeLast(5).Where(l => l.Length > 0).ToArray();
        return lines.Length == 0 ? $" {log} is empty." : $" The end of {log}:\n  " + string.Join("\n  ", lines);
    }
}
