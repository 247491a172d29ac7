using Shortfall.Analysis.Statistics;
using Shortfall.Randomness;

namespace Shortfall.Tests.Statistics;

public class MeanEstimateCoverageTests
{
    private const int Intervals = 2000;
    private const int SampleSize = 10;

    [Theory]
    [InlineData(0.95)]
    [InlineData(0.80)]
    public void Intervals_from_normal_samples_cover_the_true_mean_at_the_stated_rate(double level)
    {
        const double trueMean = 3.0, standardDeviation = 2.0;
        var random = new RandomStream(20240917);
        var covered = 0;
        for (var i = 0; i < Intervals; i++)
        {
            var statistics = new RunningStatistics();
            for (var j = 0; j < SampleSize; j++)
            {
                statistics.Add(trueMean + standardDeviation * new Normal(0, 1).Sample(random));
            }

            var estimate = statistics.EstimateMean(level);
            if (estimate.CiLow <= trueMean && trueMean <= estimate.CiHigh)
            {
                covered++;
            }
        }
        // Coverage is binomial(Intervals, level); allow four standard errors.
        var tolerance = 4.0 * Math.Sqrt(level * (1.0 - level) / Intervals);
        Assert.InRange((double)covered / Intervals, level - tolerance, level + tolerance);
    }
}
