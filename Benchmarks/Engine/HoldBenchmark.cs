using BenchmarkDotNet.Attributes;
using Shortfall.Benchmarks.Models;
using Shortfall.Engine;

namespace Shortfall.Benchmarks.Engine;

/// <summary>The hold model: n processes holding for exponential times; one million holds per
/// operation, so the numbers compare across n as the cost of one event at schedule size n.</summary>
[MemoryDiagnoser]
public class HoldBenchmark
{
    private const long Holds = 1_000_000;

    [Params(1, 10, 1_000, 100_000)]
    public int Processes { get; set; }

    [Benchmark(Description = "1M holds", OperationsPerInvoke = 1)]
    public long Run()
    {
        var sim = new Simulator();
        var model = new HoldModel(sim, Processes, meanHold: 1, seed: 1);
        // Each process makes one hold per unit time on average.
        sim.Run(until: (double)Holds / Processes);
        return model.Holds;
    }
}
