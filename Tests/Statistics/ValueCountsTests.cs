using Shortfall.Analysis.Statistics;

namespace Shortfall.Tests.Statistics;

public class ValueCountsTests
{
    [Fact]
    public void The_counts_are_sorted_by_value_whatever_the_order_of_the_values()
    {
        var forward = new ValueCounts();
        var backward = new ValueCounts();
        double[] values = [2.5, 1, 2.5, 0, -0.0, 7];
        foreach (var value in values)
        {
            forward.Add(value);
        }
        foreach (var value in values.Reverse())
        {
            backward.Add(value);
        }

        Assert.Equal([new(0, 2), new(1, 1), new(2.5, 2), new(7, 1)], forward.Sorted());
        Assert.Equal(forward.Sorted(), backward.Sorted());
        Assert.Equal(6, forward.Count);
    }

    [Fact]
    public void A_value_that_is_not_finite_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ValueCounts().Add(double.NaN));
}
