using Shortfall.Analysis.Statistics;
using static Shortfall.Tests.Statistics.Samples;

namespace Shortfall.Tests.Statistics;

public class RunningStatisticsMergeTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(64)]
    public void Merging_parts_in_order_equals_adding_sequentially_within_1e_12(int parts)
    {
        var values = Skewed(3, 10_000);
        var sequential = Accumulate(values);
        var merged = new RunningStatistics();
        foreach (var part in values.Chunk((values.Length + parts - 1) / parts))
            merged.Merge(Accumulate(part));
        Assert.Equal(sequential.Count, merged.Count);
        Assert.Equal(sequential.Mean, merged.Mean, 1e-12 * Math.Abs(sequential.Mean));
        Assert.Equal(sequential.Variance, merged.Variance, 1e-12 * sequential.Variance);
        Assert.Equal(sequential.Minimum, merged.Minimum);
        Assert.Equal(sequential.Maximum, merged.Maximum);
    }

    [Fact]
    public void Parts_of_one_value_each_merge_to_the_sequential_result()
    {
        var values = Skewed(4, 500);
        var merged = new RunningStatistics();
        foreach (var x in values)
            merged.Merge(Accumulate([x]));
        var sequential = Accumulate(values);
        Assert.Equal(sequential.Mean, merged.Mean, 1e-12 * Math.Abs(sequential.Mean));
        Assert.Equal(sequential.Variance, merged.Variance, 1e-12 * sequential.Variance);
    }

    [Fact]
    public void Merging_into_an_empty_accumulator_copies_exactly()
    {
        var part = Accumulate(Skewed(5, 333));
        var merged = new RunningStatistics();
        merged.Merge(part);
        Assert.Equal(part.Count, merged.Count);
        Assert.Equal(part.Mean, merged.Mean);
        Assert.Equal(part.SumOfSquaredDeviations, merged.SumOfSquaredDeviations);
        Assert.Equal(part.Minimum, merged.Minimum);
        Assert.Equal(part.Maximum, merged.Maximum);
    }

    [Fact]
    public void Merging_an_empty_accumulator_changes_nothing()
    {
        var statistics = Accumulate(Skewed(6, 100));
        var (mean, m2) = (statistics.Mean, statistics.SumOfSquaredDeviations);
        statistics.Merge(new RunningStatistics());
        Assert.Equal(100, statistics.Count);
        Assert.Equal(mean, statistics.Mean);
        Assert.Equal(m2, statistics.SumOfSquaredDeviations);
    }

    [Fact]
    public void Merging_leaves_the_other_accumulator_unchanged()
    {
        var other = Accumulate(Skewed(7, 50));
        var (count, mean, m2) = (other.Count, other.Mean, other.SumOfSquaredDeviations);
        Accumulate(Skewed(8, 50)).Merge(other);
        Assert.Equal(count, other.Count);
        Assert.Equal(mean, other.Mean);
        Assert.Equal(m2, other.SumOfSquaredDeviations);
    }
}
