using BenchmarkDotNet.Attributes;
using Shortfall.Analysis.Calibration;
using Shortfall.Randomness;

namespace Shortfall.Benchmarks.Model;

/// <summary>
/// One attempt of <c>shortfall calibrate</c> on the reference scenario, as its defaults make it: the uncertain numbers drawn from
/// their priors are bound into the scenario (the file parsed once, as the command does), the plant is built for that scenario, and
/// one replication runs. Next to <see cref="OnsongReplicationBenchmark"/> it shows what an attempt costs beyond its replication.
/// </summary>
[MemoryDiagnoser]
public class CalibrationAttemptBenchmark
{
    private ScenarioModel _model = null!;
    private double[][] _points = null!;
    private int _attempt;

    [GlobalSetup]
    public void Setup()
    {
        var path = RepositoryFiles.OnsongPath();
        var file = RepositoryFiles.Onsong();
        _model = new ScenarioModel(File.ReadAllBytes(path), path, file.Uncertain, file.Observations, replications: 1);
        // A fixed set of points from the priors, so every run of the benchmark does the same work.
        var random = new RandomStreams(1, 0).Stream("benchmark points");
        _points = [.. Enumerable.Range(0, 64).Select(_ => file.Uncertain.Select(input => input.Prior.Sample(random)).ToArray())];
    }

    /// <summary>Takes the next of the fixed points each time, so the benchmark averages over the priors.</summary>
    [Benchmark(Description = "Onsong, one calibration attempt")]
    public double Attempt()
    {
        var point = _points[_attempt++ % _points.Length];
        return _model.Simulate(point, seed: (ulong)_attempt).Distances[0];
    }
}
