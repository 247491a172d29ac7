using Shortfall.Analysis.Statistics;
using Shortfall.Randomness;
using static Shortfall.Tests.Statistics.Samples;

namespace Shortfall.Tests.Statistics;

public class IntegerHistogramMergeTests
{
    private static void AssertIdentical(IntegerHistogram expected, IntegerHistogram actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected.Bins(), actual.Bins());
        Assert.Equal(expected.Minimum, actual.Minimum);
        Assert.Equal(expected.Maximum, actual.Maximum);
        // Exact equality: both come from the same integer sums.
        Assert.Equal(expected.Mean, actual.Mean);
        Assert.Equal(expected.Variance, actual.Variance);
        foreach (var p in new[] { 0.0, 0.1, 0.5, 0.9, 1.0 })
            Assert.Equal(expected.Quantile(p), actual.Quantile(p));
    }

    private static int[] RandomValues(ulong seed)
    {
        var random = new RandomStream(seed);
        return Enumerable.Range(0, 3000).Select(_ => random.NextInt(25) * random.NextInt(4)).ToArray();
    }

    [Fact]
    public void Merging_parts_equals_adding_sequentially_exactly()
    {
        var values = RandomValues(21);
        var merged = new IntegerHistogram();
        foreach (var part in values.Chunk(417))
            merged.Merge(Histogram(part));
        AssertIdentical(Histogram(values), merged);
    }

    [Fact]
    public void The_order_of_merging_does_not_matter()
    {
        var parts = RandomValues(22).Chunk(500).Select(Histogram).ToArray();
        var forwards = new IntegerHistogram();
        foreach (var part in parts)
            forwards.Merge(part);
        var backwards = new IntegerHistogram();
        foreach (var part in parts.Reverse())
            backwards.Merge(part);
        AssertIdentical(forwards, backwards);
    }

    [Fact]
    public void Merging_a_histogram_into_itself_doubles_every_count()
    {
        var values = RandomValues(23);
        var histogram = Histogram(values);
        histogram.Merge(histogram);
        AssertIdentical(Histogram(values.Concat(values)), histogram);
    }

    [Fact]
    public void Merging_an_empty_histogram_changes_nothing_and_merging_into_one_copies()
    {
        var values = RandomValues(24);
        var histogram = Histogram(values);
        histogram.Merge(new IntegerHistogram());
        AssertIdentical(Histogram(values), histogram);
        var empty = new IntegerHistogram();
        empty.Merge(histogram);
        AssertIdentical(histogram, empty);
    }
}
