using BenchmarkDotNet.Attributes;
using Shortfall.Analysis.Running;

namespace Shortfall.Benchmarks.Analysis;

/// <summary>
/// Batches of 24 to 192 Onsong replications through the Monte Carlo runner on one and two threads: the runner's
/// overhead, its parallel speed-up on the reference scenario (server GC, as the CLI), and whether a run's cost grows
/// in proportion to its replications (time and allocation per replication flat across batch sizes).
/// </summary>
[MemoryDiagnoser]
[GcServer(true)]
public class ReplicationBatchBenchmark
{
    private RunVariant _baseline = null!;

    [Params(24, 48, 96, 192)]
    public int Replications { get; set; } = 24;

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _baseline = RepositoryFiles.OnsongBaseline();
    }

    /// <summary>The whole batch: divide by <see cref="Replications"/> for the cost of one replication.</summary>
    [Benchmark]
    public RunOutcome Batch() =>
        MonteCarloRunner.Run(new RunPlan([_baseline], new FixedReplications(Replications), Threads), DiscardingSink.Instance);
}
