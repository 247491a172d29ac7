using Shortfall.Configuration.Calibration;
using Shortfall.Randomness;
using Xunit;

namespace Shortfall.Tests.Calibration;

/// <summary>Each prior's density integrates to 1 over its range, and its draws average to its mean within 4 standard errors.</summary>
public sealed class PriorTests
{
    public static TheoryData<Prior> Priors() =>
    [
        new UniformPrior(2, 5),
        new LogUniformPrior(10, 1000),
        new TriangularPrior(1, 1.5, 4),
        new NormalPrior(3, 0.5),
    ];

    [Theory]
    [MemberData(nameof(Priors))]
    public void The_density_integrates_to_one(Prior prior)
    {
        const int Steps = 200_000;
        var width = (prior.High - prior.Low) / Steps;
        var integral = 0.0;
        for (var i = 0; i < Steps; i++)
        {
            integral += prior.Density(prior.Low + (i + 0.5) * width) * width;
        }

        Assert.Equal(1, integral, 3);
        Assert.Equal(0, prior.Density(prior.Low - 1e-9 * (prior.High - prior.Low) - 1e-12));
    }

    [Theory]
    [MemberData(nameof(Priors))]
    public void Draws_stay_in_range_and_average_to_the_mean(Prior prior)
    {
        const int N = 20_000;
        var random = new RandomStream(5);
        var draws = Enumerable.Range(0, N).Select(_ => prior.Sample(random)).ToArray();
        var mean = draws.Average();
        var sd = Math.Sqrt(draws.Sum(x => (x - mean) * (x - mean)) / (N - 1));

        Assert.All(draws, x => Assert.InRange(x, prior.Low, prior.High));
        Assert.InRange(prior.Mean, mean - 4 * sd / Math.Sqrt(N), mean + 4 * sd / Math.Sqrt(N));
    }
}
