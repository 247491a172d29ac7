using BenchmarkDotNet.Attributes;
using Shortfall.Analysis.Running;
using Shortfall.Configuration;
using Shortfall.Model;
using Shortfall.Randomness;

namespace Shortfall.Benchmarks.Analysis;

/// <summary>
/// A batch of Onsong replications through the Monte Carlo runner on one and two threads: the
/// runner's overhead and its parallel speed-up on the reference scenario (server GC, as the CLI).
/// </summary>
[MemoryDiagnoser]
[GcServer(true)]
public class ReplicationBatchBenchmark
{
    private const int Replications = 24;
    private RunVariant _baseline = null!;

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var file = ScenarioLoader.Load(Path.Combine(RepositoryFiles.Root(), "Scenarios", "onsong-milk-plant.yaml"));
        var scenario = file.Baseline;
        _baseline = new RunVariant("baseline", null, PlantLabels.Of(scenario), k => PlantSimulation.Run(scenario, new RandomStreams(1, k)));
    }

    [Benchmark(OperationsPerInvoke = Replications)]
    public RunOutcome Batch() =>
        MonteCarloRunner.Run(new RunPlan([_baseline], new FixedReplications(Replications), Threads), DiscardingSink.Instance);
}
