using Shortfall.Analysis.Statistics;
using Shortfall.Randomness;

namespace Shortfall.Tests.Statistics;

/// <summary>Seeded data shared by the statistics tests.</summary>
internal static class Samples
{
    /// <summary>Skewed, offset values (1000 + exp of a standard normal), so that cancellation errors would show.</summary>
    public static double[] Skewed(ulong seed, int count)
    {
        var random = new RandomStream(seed);
        return Enumerable.Range(0, count).Select(_ => 1e3 + Math.Exp(new Normal(0, 1).Sample(random))).ToArray();
    }

    /// <summary>A running accumulator fed <paramref name="values"/> in order.</summary>
    public static RunningStatistics Accumulate(IEnumerable<double> values)
    {
        var statistics = new RunningStatistics();
        foreach (var x in values)
        {
            statistics.Add(x);
        }

        return statistics;
    }

    /// <summary>A histogram of <paramref name="values"/>.</summary>
    public static IntegerHistogram Histogram(IEnumerable<int> values)
    {
        var histogram = new IntegerHistogram();
        foreach (var v in values)
        {
            histogram.Add(v);
        }

        return histogram;
    }
}
