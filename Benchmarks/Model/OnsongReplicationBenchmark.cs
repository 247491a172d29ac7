using BenchmarkDotNet.Attributes;
using Shortfall.Model;
using Shortfall.Model.Definition;
using Shortfall.Randomness;

namespace Shortfall.Benchmarks.Model;

/// <summary>
/// One replication of the reference scenario (the Onsong plant over a year), baseline and the
/// heaviest variant, on one thread: what an analyst's run costs per replication and variant.
/// </summary>
[MemoryDiagnoser]
public class OnsongReplicationBenchmark
{
    private Scenario _scenario = null!;
    private long _replication;

    [Params("baseline", "power-and-parents")]
    public string Variant { get; set; } = "baseline";

    [GlobalSetup]
    public void Setup()
    {
        var file = RepositoryFiles.Onsong();
        _scenario = Variant == "baseline" ? file.Baseline : file.Variants.Single(v => v.Name == Variant).Scenario;
    }

    /// <summary>Runs the next replication index each time, so the benchmark averages over random outcomes.</summary>
    [Benchmark(Description = "Onsong, one replication")]
    public long Replicate() => PlantSimulation.Run(_scenario, new RandomStreams(1, _replication++ % 64)).Events;
}
