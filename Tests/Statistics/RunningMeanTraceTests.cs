using Shortfall.Analysis.Statistics;
using static Shortfall.Tests.Statistics.Samples;

namespace Shortfall.Tests.Statistics;

/// <summary>The running mean kept at a few hundred counts holds, at each, the very moments of the stream up to there.</summary>
public class RunningMeanTraceTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(800)]
    [InlineData(1001)]
    [InlineData(12_345)]
    public void Each_point_is_the_running_statistics_at_its_count_and_there_are_at_most_400_and_the_last(int count)
    {
        var values = Skewed(5, count);
        var trace = new RunningMeanTrace();
        foreach (var value in values)
        {
            trace.Add(value);
        }

        var points = trace.Points();
        Assert.Equal(count, points[^1].Count);
        Assert.InRange(points.Count, 1, RunningMeanTrace.MaxPoints + 1);
        // The step is the smallest power of two that keeps at most 400 of its multiples.
        var step = 1L;
        while (count / step > RunningMeanTrace.MaxPoints)
        {
            step *= 2;
        }
        var expected = Enumerable.Range(1, count).Where(n => n % step == 0 || n == count).Select(n => (long)n).ToArray();
        Assert.Equal(expected, points.Select(p => p.Count));
        foreach (var point in points)
        {
            var statistics = Accumulate(values.Take((int)point.Count));
            Assert.Equal(statistics.EstimateMean(0.95), point.Estimate(0.95));
        }
    }

    [Fact]
    public void No_value_gives_no_point() => Assert.Empty(new RunningMeanTrace().Points());
}
