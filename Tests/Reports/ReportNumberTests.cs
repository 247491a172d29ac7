using Shortfall.Analysis.Output.Documents;
using Shortfall.Analysis.Reports;

namespace Shortfall.Tests.Reports;

public class ReportNumberTests
{
    [Theory]
    [InlineData(0.8875, "0.888")]
    [InlineData(24.0, "24")]
    [InlineData(0.075, "0.075")]
    [InlineData(2225.19, "2,225")]
    [InlineData(-0.0000001, "0")]
    [InlineData(0, "0")]
    public void A_value_has_three_significant_digits_and_no_trailing_zeros(double value, string expected) =>
        Assert.Equal(expected, ReportNumber.Value(value));

    [Fact]
    public void A_negative_value_that_rounds_to_zero_has_no_minus_sign() =>
        Assert.Equal("0.00", ReportNumber.Fixed(-0.0001, 2));

    [Fact]
    public void An_interval_shows_the_digits_its_half_width_s_leading_digit_decides()
    {
        // Half-width 0.1234: its leading digit is a 1, so one place further, hundredths.
        Assert.Equal("0.89 [0.76, 1.01]", ReportNumber.Interval(new Estimate(0.8875, 0.7641, 1.0109)));
        // Half-width 25: tens; the value is rounded to whole units at least.
        Assert.Equal("1,234 [1,209, 1,259]", ReportNumber.Interval(new Estimate(1234.4, 1209.4, 1259.4)));
        // Half-widths 0.028 and 0.065: hundredths.
        Assert.Equal("+0.04 [+0.01, +0.07]", ReportNumber.Interval(new Estimate(0.04097, 0.01279, 0.06915), signed: true));
        Assert.Equal("-0.12 [-0.18, -0.05]", ReportNumber.Interval(new Estimate(-0.1156, -0.1808, -0.0504), signed: true));
    }

    [Fact]
    public void A_column_of_intervals_shows_every_row_with_at_least_the_decimals_of_its_median_row()
    {
        // The "1.73 [1.62, 1.84]" beside "2.132 [2.111, 2.153]": one rule, one number of decimals in the column.
        Estimate[] column = [new(1.731, 1.62, 1.842), new(2.132, 2.111, 2.153), new(null, null, null)];
        var format = ReportNumber.Intervals(column);
        Assert.Equal(["1.73 [1.62, 1.84]", "2.13 [2.11, 2.15]", "–"], column.Select(format));
        var shares = ReportNumber.Percents([new Estimate(0.083, 0.074, 0.092), new Estimate(0.25, 0.05, 0.45)], signed: true);
        Assert.Equal("+8.3% [+7.4%, +9.2%]", shares(new Estimate(0.083, 0.074, 0.092)));
        Assert.Equal("+25.0% [+5.0%, +45.0%]", shares(new Estimate(0.25, 0.05, 0.45)));
        // A row more precise than the column's typical one keeps its digits.
        var effects = ReportNumber.Intervals([new Estimate(0.97, 0.89, 1.04), new Estimate(0.36, 0.33, 0.38), new Estimate(-3e-5, -8e-5, 2e-5)]);
        Assert.Equal("-0.00003 [-0.00008, 0.00002]", effects(new Estimate(-3e-5, -8e-5, 2e-5)));
        Assert.Equal("0.97 [0.89, 1.04]", effects(new Estimate(0.97, 0.89, 1.04)));
    }

    [Fact]
    public void An_interval_without_limits_or_without_a_value_says_so()
    {
        Assert.Equal("0.888", ReportNumber.Interval(new Estimate(0.8875, null, null)));
        Assert.Equal("–", ReportNumber.Interval(new Estimate(null, null, null)));
        Assert.Equal("3.00 [3.00, 3.00]", ReportNumber.Interval(new Estimate(3, 3, 3)));
    }

    [Fact]
    public void A_proportion_is_a_percentage_with_its_interval()
    {
        Assert.Equal("8.3% [7.4%, 9.4%]", ReportNumber.Percent(new ProportionDocument { Estimate = 0.083333, CiLow = 0.073786, CiHigh = 0.093991,
            Successes = 240, Trials = 2880 }));
        Assert.Equal("25% [5%, 70%]", ReportNumber.Percent(new ProportionDocument { Estimate = 0.25, CiLow = 0.05, CiHigh = 0.7, Successes = 1, Trials = 4 }));
        Assert.Equal("77.4%", ReportNumber.Percent(0.7744));
    }

    [Fact]
    public void A_table_column_shares_the_decimals_of_its_largest_value_up_to_a_limit()
    {
        var column = ReportNumber.Column([1.72, 0.96, 1.6]);
        Assert.Equal(["1.72", "0.96", "1.60"], new[] { 1.72, 0.96, 1.6 }.Select(column));
        var days = ReportNumber.Column([0.05, 0.0], maxDecimals: 1);
        Assert.Equal(["0.1", "0.0"], new[] { 0.05, 0.0 }.Select(days));
        Assert.Equal("1,185", ReportNumber.Column([1184.9, 105])(1184.9));
    }
}
