using Shortfall.Analysis.Statistics;

namespace Shortfall.Tests.Statistics;

/// <summary>The one rule for the digits of a mean and its interval: the half-width's leading digit decides the last digit shown.</summary>
public class IntervalDigitsTests
{
    [Theory]
    [InlineData(0.4, 1)]       // "6.2 [5.8, 6.6]"
    [InlineData(0.11, 2)]      // a leading 1 keeps one more digit: "1.73 [1.62, 1.84]"
    [InlineData(0.19, 2)]
    [InlineData(0.021, 2)]     // "2.13 [2.11, 2.15]"
    [InlineData(0.0096, 3)]
    [InlineData(0.1, 2)]       // an exact power of ten is a leading 1, whatever log10 rounds to
    [InlineData(1.0, 1)]
    [InlineData(3.0, 0)]
    [InlineData(12.0, 0)]      // never fewer than whole numbers: "140 [128, 152]"
    [InlineData(2500.0, 0)]
    [InlineData(1e-12, 6)]     // at most six decimals
    public void The_half_width_s_leading_digit_decides_the_last_decimal(double halfWidth, int decimals)
    {
        Assert.Equal(decimals, IntervalDigits.Decimals(5.0, halfWidth));
    }

    [Theory]
    [InlineData(0.8875, 3)]
    [InlineData(24.6, 1)]
    [InlineData(2225.0, 0)]
    [InlineData(0.0, 0)]
    public void Without_a_width_a_value_shows_three_significant_digits(double value, int decimals)
    {
        Assert.Equal(decimals, IntervalDigits.Decimals(value, null));
        Assert.Equal(decimals, IntervalDigits.Decimals(value, 0.0));
    }

    [Fact]
    public void A_column_takes_the_decimals_of_its_median_row()
    {
        Assert.Equal(2, IntervalDigits.Decimals([(1.73, 0.11), (2.132, 0.021), (6.2, 0.4)]));
        // One very precise row does not give every row five decimals, nor one very wide row take them all to whole numbers.
        Assert.Equal(2, IntervalDigits.Decimals([(0.9, 0.07), (0.36, 0.027), (0.0, 0.00005), (1.07, 0.13), (900.0, 400.0)]));
        Assert.Equal(0, IntervalDigits.Decimals([]));
    }
}
