using BenchmarkDotNet.Attributes;
using Shortfall.Benchmarks.Models;
using Shortfall.Engine;
using Shortfall.Randomness;

namespace Shortfall.Benchmarks.Engine;

/// <summary>
/// SimSharp's headline benchmark: 10 machines, processing time N(10 min, 2 min), failures
/// exponential with mean 300 min, repairs of 30 min by one preemptive repairman whose other
/// jobs take 30 min, 3650 days simulated. SimSharp 3.4.2 needs 1.1–1.3 s for it on this machine type.
/// </summary>
[MemoryDiagnoser]
public class MachineShopBenchmark
{
    private const double Minute = 1.0 / 60;

    /// <summary>Parts made in the last run, so the work cannot be optimised away.</summary>
    public int PartsMade { get; private set; }

    [Benchmark(Description = "MachineShop, 10 machines, 3650 days")]
    public long Run()
    {
        var sim = new Simulator();
        var streams = new RandomStreams(42, 0);
        var partTime = new Normal(10 * Minute, 2 * Minute);
        var failure = new Exponential(300 * Minute);
        var partRandom = streams.Stream("parts");
        var failureRandom = streams.Stream("failures");
        var shop = new MachineShop(sim, 10, () => partTime.Sample(partRandom), () => failure.Sample(failureRandom),
            repairTime: 30 * Minute, jobDuration: 30 * Minute);
        sim.Run(until: 3650 * 24);
        PartsMade = shop.PartsMade.Sum();
        return sim.ProcessedEvents;
    }
}
