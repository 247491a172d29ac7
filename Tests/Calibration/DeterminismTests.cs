using Shortfall.Analysis.Calibration;
using Shortfall.Configuration.Calibration;
using Xunit;

namespace Shortfall.Tests.Calibration;

/// <summary>A calibration draws every attempt from (seed, generation, attempt) and accepts in attempt order, so threads change nothing.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void The_same_seed_gives_the_same_particles_on_one_thread_and_on_four()
    {
        var model = new BinomialModel(30, 9, 2);
        Prior[] priors = [new UniformPrior(0, 1), new TriangularPrior(0, 0.2, 1)];
        var one = AbcSmc.Run(priors, model.Simulate, new AbcSettings(150, 5, null, Seed: 11, Threads: 1));
        var four = AbcSmc.Run(priors, model.Simulate, new AbcSettings(150, 5, null, Seed: 11, Threads: 4));

        Assert.Equal(one.Generations.Count, four.Generations.Count);
        for (var g = 0; g < one.Generations.Count; g++)
        {
            Assert.Equal(one.Generations[g].Attempts, four.Generations[g].Attempts);
            Assert.Equal(one.Generations[g].Tolerance, four.Generations[g].Tolerance);
            Assert.Equal(Flatten(one.Generations[g]), Flatten(four.Generations[g]));
        }
    }

    [Fact]
    public void Another_seed_gives_other_particles()
    {
        var model = new BinomialModel(30, 9, 1);
        var a = AbcSmc.Run([new UniformPrior(0, 1)], model.Simulate, new AbcSettings(50, 2, null, Seed: 1, Threads: 1));
        var b = AbcSmc.Run([new UniformPrior(0, 1)], model.Simulate, new AbcSettings(50, 2, null, Seed: 2, Threads: 1));

        Assert.NotEqual(Flatten(a.Posterior), Flatten(b.Posterior));
    }

    private static double[] Flatten(Generation generation) =>
        generation.Particles.SelectMany(p => p.Parameters.Append(p.Weight).Concat(p.Point.Distances)).ToArray();
}
