using BenchmarkDotNet.Attributes;
using Shortfall.Model;
using Shortfall.Model.Definition;
using Shortfall.Randomness;

namespace Shortfall.Benchmarks.Model;

/// <summary>
/// One Onsong baseline replication over 1, 2, 4 and 8 years, the year's allocations repeated each year so that
/// the plant keeps working: the cost of a replication should grow in proportion to its horizon (to the events it
/// processes, which the set-up prints per year), the set-up of the plant being small beside the run.
/// </summary>
[MemoryDiagnoser]
public class OnsongHorizonBenchmark
{
    private Scenario _scenario = null!;
    private long _replication;

    [Params(1, 2, 4, 8)]
    public int Years { get; set; } = 1;

    [GlobalSetup]
    public void Setup()
    {
        var baseline = RepositoryFiles.Onsong().Baseline;
        var start = baseline.Horizon.Start;
        _scenario = baseline with
        {
            Horizon = new Horizon(start, start.AddYears(Years)),
            Allocations = [.. Enumerable.Range(0, Years).SelectMany(y => baseline.Allocations.Select(a => a with { Planned = a.Planned.AddYears(y) }))],
        };
        // The work per year: later years have more of it, as the horizon's first year alone has the scenario's holidays and vacations.
        var events = Enumerable.Range(0, 64).Sum(r => PlantSimulation.Run(_scenario, new RandomStreams(1, r)).Events);
        Console.WriteLine($"// {Years} years: {events / 64.0 / Years:F0} events a year (replications 0-63)");
    }

    /// <summary>Runs the next replication index each time, so the benchmark averages over random outcomes.</summary>
    [Benchmark(Description = "Onsong baseline, one replication")]
    public long Replicate() => PlantSimulation.Run(_scenario, new RandomStreams(1, _replication++ % 64)).Events;
}
