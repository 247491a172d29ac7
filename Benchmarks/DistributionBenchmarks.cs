using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using MathNet.Numerics.Random;
using Shortfall.Randomness;
using MathNetExponential = MathNet.Numerics.Distributions.Exponential;
using MathNetNormal = MathNet.Numerics.Distributions.Normal;

namespace Shortfall.Benchmarks;

/// <summary>
/// Time and allocation per sample of each distribution. The normal and exponential samplers are
/// compared with MathNet's, driven by MathNet's own xoshiro256** (not thread-safe, like ours),
/// so the difference is the sampling method, not the generator.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class DistributionBenchmarks
{
    private const int SamplesPerInvoke = 1000;

    private readonly Exponential _exponential = new(6);
    private readonly Normal _normal = new(10, 2);
    private readonly LogNormal _logNormal = new(2, 1);
    private readonly Gamma _gamma = new(2, 3);
    private readonly Gamma _gammaBelowOne = new(0.5, 4);
    private readonly Weibull _weibull = new(1.5, 100);
    private readonly Triangular _triangular = new(1, 2, 4);
    private readonly Uniform _uniform = new(0, 1);
    private readonly Bernoulli _bernoulli = new(0.3);
    private readonly DiscreteEmpirical _empirical = new([0, 0.25, 0.5, 0.75, 1], [1, 1, 2, 3, 5]);
    private readonly Constant _constant = new(6);

    private RandomStream _random = null!;
    private Xoshiro256StarStar _mathNetRandom = null!;

    [GlobalSetup]
    public void Setup()
    {
        _random = new RandomStream(2026);
        _mathNetRandom = new Xoshiro256StarStar(2026, threadSafe: false);
    }

    private double SampleMany(Distribution distribution)
    {
        var sum = 0.0;
        for (var i = 0; i < SamplesPerInvoke; i++)
        {
            sum += distribution.Sample(_random);
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = SamplesPerInvoke), BenchmarkCategory("Normal")]
    public double Normal() => SampleMany(_normal);

    [Benchmark(Baseline = true, OperationsPerInvoke = SamplesPerInvoke), BenchmarkCategory("Normal")]
    public double MathNetNormalSample()
    {
        var sum = 0.0;
        for (var i = 0; i < SamplesPerInvoke; i++)
        {
            sum += MathNetNormal.Sample(_mathNetRandom, 10, 2);
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = SamplesPerInvoke), BenchmarkCategory("Exponential")]
    public double Exponential() => SampleMany(_exponential);

    [Benchmark(Baseline = true, OperationsPerInvoke = SamplesPerInvoke), BenchmarkCategory("Exponential")]
    public double MathNetExponentialSample()
    {
        var sum = 0.0;
        for (var i = 0; i < SamplesPerInvoke; i++)
        {
            sum += MathNetExponential.Sample(_mathNetRandom, 1.0 / 6);
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = SamplesPerInvoke), BenchmarkCategory("Other")]
    public double LogNormal() => SampleMany(_logNormal);

    [Benchmark(OperationsPerInvoke = SamplesPerInvoke), BenchmarkCategory("Other")]
    public double Gamma() => SampleMany(_gamma);

    [Benchmark(OperationsPerInvoke = SamplesPerInvoke), BenchmarkCategory("Other")]
    public double GammaShapeBelowOne() => SampleMany(_gammaBelowOne);

    [Benchmark(OperationsPerInvoke = SamplesPerInvoke), BenchmarkCategory("Other")]
    public double Weibull() => SampleMany(_weibull);

    [Benchmark(OperationsPerInvoke = SamplesPerInvoke), BenchmarkCategory("Other")]
    public double Triangular() => SampleMany(_triangular);

    [Benchmark(OperationsPerInvoke = SamplesPerInvoke), BenchmarkCategory("Other")]
    public double Uniform() => SampleMany(_uniform);

    [Benchmark(OperationsPerInvoke = SamplesPerInvoke), BenchmarkCategory("Other")]
    public double Bernoulli() => SampleMany(_bernoulli);

    [Benchmark(OperationsPerInvoke = SamplesPerInvoke), BenchmarkCategory("Other")]
    public double Empirical() => SampleMany(_empirical);

    [Benchmark(OperationsPerInvoke = SamplesPerInvoke), BenchmarkCategory("Other")]
    public double Constant() => SampleMany(_constant);
}
