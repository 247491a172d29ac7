using Shortfall.Analysis.Statistics;
using Shortfall.Randomness;
using static Shortfall.Tests.Statistics.Samples;

namespace Shortfall.Tests.Statistics;

public class IntegerHistogramQuantileTests
{
    // Sorted: 1 1 2 3 3 4 5 5 6 9.
    private static readonly int[] HandData = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3];

    // Hyndman–Fan type 1 on a sorted array: x_j with j = max(1, ⌈n·p⌉).
    private static int SortedReference(int[] sorted, double p) =>
        sorted[Math.Max(1, (int)Math.Ceiling(sorted.Length * p)) - 1];

    [Theory]
    [InlineData(0.0, 1)]   // j = 1
    [InlineData(0.1, 1)]   // ⌈1⌉ = 1
    [InlineData(0.15, 1)]  // ⌈1.5⌉ = 2, x₂ = 1
    [InlineData(0.25, 2)]  // ⌈2.5⌉ = 3
    [InlineData(0.5, 3)]   // ⌈5⌉ = 5
    [InlineData(0.55, 4)]  // ⌈5.5⌉ = 6
    [InlineData(0.8, 5)]   // ⌈8⌉ = 8
    [InlineData(0.9, 6)]   // ⌈9⌉ = 9
    [InlineData(0.91, 9)]  // ⌈9.1⌉ = 10
    [InlineData(1.0, 9)]   // j = n
    public void Quantiles_of_ten_values_match_the_hand_computation(double p, int expected)
    {
        Assert.Equal(expected, Histogram(HandData).Quantile(p));
    }

    [Theory]
    [InlineData(1UL, 1, 5)]
    [InlineData(2UL, 10, 3)]
    [InlineData(3UL, 997, 40)]
    [InlineData(4UL, 5000, 12)]
    public void Quantiles_match_a_sorted_array_on_random_data(ulong seed, int count, int range)
    {
        var random = new RandomStream(seed);
        // Sums of two uniforms, tripled: a peaked shape with many ties and empty values in between.
        var values = Enumerable.Range(0, count).Select(_ => 3 * (random.NextInt(range) + random.NextInt(range / 2 + 1))).ToArray();
        var histogram = Histogram(values);
        var sorted = values.Order().ToArray();
        var ps = Enumerable.Range(0, 1001).Select(i => i / 1000.0)
            .Concat(Enumerable.Range(0, 200).Select(_ => random.NextDouble()));
        foreach (var p in ps)
        {
            Assert.Equal(SortedReference(sorted, p), histogram.Quantile(p));
        }
    }

    [Fact]
    public void The_quantile_is_the_smallest_value_with_at_least_a_fraction_p_at_or_below_it()
    {
        var histogram = Histogram(HandData);
        foreach (var p in new[] { 0.05, 0.2, 0.33, 0.5, 0.67, 0.95 })
        {
            var q = histogram.Quantile(p);
            var atOrBelow = (double)(histogram.Count - histogram.CountAtLeast(q + 1)) / histogram.Count;
            var below = (double)(histogram.Count - histogram.CountAtLeast(q)) / histogram.Count;
            Assert.True(atOrBelow >= p && below < p, $"p = {p}, Q = {q}");
        }
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void Probabilities_outside_zero_to_one_are_rejected(double p)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Histogram(HandData).Quantile(p));
    }

    [Fact]
    public void An_empty_histogram_has_no_quantiles()
    {
        Assert.Throws<InvalidOperationException>(() => new IntegerHistogram().Quantile(0.5));
    }
}
