using Shortfall.Analysis.Charts;

namespace Shortfall.Tests.Charts;

public class SvgNumberTests
{
    [Theory]
    [InlineData(1.0, "1")]
    [InlineData(0.125, "0.13")]
    [InlineData(-0.125, "-0.13")]
    [InlineData(1234567.891, "1234567.89")]
    [InlineData(-0.001, "0")]
    [InlineData(-0.0, "0")]
    [InlineData(1e-7, "0")]
    [InlineData(12.5, "12.5")]
    public void Numbers_are_invariant_with_at_most_two_decimals_and_no_negative_zero(double value, string text)
    {
        Assert.Equal(text, SvgNumber.Format(value));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Non_finite_coordinates_are_refused(double value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SvgNumber.Format(value));
    }
}
