using BenchmarkDotNet.Attributes;
using Shortfall.Engine;
using Shortfall.Engine.Resources;
using Shortfall.Randomness;

namespace Shortfall.Benchmarks.Engine;

/// <summary>Contention: <see cref="Workers"/> processes repeatedly seize one of 4 units, hold it and
/// release it (100,000 seizes per operation); and a producer/consumer pair on a container.</summary>
[MemoryDiagnoser]
public class ResourceBenchmark
{
    private const int Seizes = 100_000;

    [Params(8, 64)]
    public int Workers { get; set; }

    [Benchmark(Description = "Resource seize/release, 100k")]
    public int Contention()
    {
        var sim = new Simulator();
        var units = new Resource(sim, 4);
        var hold = new Exponential(1);
        var random = new RandomStream(5);
        var done = 0;
        for (var i = 0; i < Workers; i++)
        {
            sim.Process(Worker());
        }
        sim.Run();
        return done;

        IEnumerable<Event> Worker()
        {
            while (done < Seizes)
            {
                using (var unit = units.Request())
                {
                    yield return unit;
                    yield return sim.Timeout(hold.Sample(random));
                }
                done++;
            }
        }
    }

    [Benchmark(Description = "Container put/get, 100k each")]
    public double ContainerPutGet()
    {
        var sim = new Simulator();
        var tank = new Container(sim, capacity: 50);
        var random = new RandomStream(6);
        sim.Process(Producer());
        sim.Process(Consumer());
        sim.Run();
        return tank.Level;

        IEnumerable<Event> Producer()
        {
            for (var i = 0; i < Seizes; i++)
            {
                yield return tank.Put(1 + random.NextDouble() * 9);
                yield return sim.Timeout(random.NextDouble());
            }
        }

        IEnumerable<Event> Consumer()
        {
            for (var i = 0; i < Seizes; i++)
            {
                yield return tank.Get(1 + random.NextDouble() * 4);
                yield return sim.Timeout(random.NextDouble());
            }
        }
    }
}
