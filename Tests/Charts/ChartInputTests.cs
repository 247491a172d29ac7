using Shortfall.Analysis.Charts;

namespace Shortfall.Tests.Charts;

/// <summary>Data no chart can show truthfully is refused with the argument's name, not drawn.</summary>
public class ChartInputTests
{
    [Fact]
    public void A_variant_with_the_wrong_number_of_causes_is_rejected() =>
        Assert.Throws<ArgumentException>(() => BlockedHoursChart.Plot(new BlockedHoursData("H", ChartExamples.Causes, [new("a", [1, 2])])));

    [Fact]
    public void Negative_hours_are_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BlockedHoursChart.Plot(new BlockedHoursData("H", ["power"], [new("a", [-1])])));

    [Fact]
    public void Replications_that_do_not_increase_are_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ConvergenceChart.Plot(new ConvergenceData("C", [new(3, 1, 0, 2), new(3, 1, 0, 2)])));

    [Fact]
    public void Values_that_are_not_finite_are_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => EcdfChart.Plot(new EcdfData("E", [new("a", [1, double.NaN])])));

    [Fact]
    public void Counts_spread_over_more_bins_than_the_limit_are_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => HistogramChart.Plot(new HistogramData("D", [0, HistogramChart.MaxBins])));

    [Theory]
    [InlineData(5, 1, 3)]
    [InlineData(double.NaN, 1, 3)]
    public void An_interval_that_does_not_contain_its_mean_is_rejected(double mean, double low, double high) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => IntervalBarChart.Plot(new IntervalBarData("I", [new("a", mean, low, high)])));

    [Fact]
    public void A_series_with_another_number_of_estimates_than_months_is_refused() =>
        Assert.Throws<ArgumentException>(() => MonthlyIntervalChart.Plot(new MonthlyIntervalData("M", ["2021-03", "2021-04"],
            [new("a", [new("", 1, 0, 2)])])));

    [Fact]
    public void A_non_finite_baseline_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TornadoChart.Plot(new TornadoData("T", double.NaN, [new("a", 1, 2)])));

    [Theory]
    [InlineData(-1, 5)]
    [InlineData(10, 5)]
    public void Power_periods_outside_the_run_or_ending_before_they_start_are_rejected(double start, double end) =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            ReplicationTimelineChart.Plot(new ReplicationTimelineData("R", 240, [new(start, end)], [], []) { Start = ChartExamples.Start }));

    [Fact]
    public void Stock_levels_out_of_time_order_are_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReplicationTimelineChart.Plot(new ReplicationTimelineData("R", 240, [],
            [new("beans", [new(10, 1), new(5, 2)])], []) { Start = ChartExamples.Start }));
}
