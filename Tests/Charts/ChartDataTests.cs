using ScottPlot;
using ScottPlot.Plottables;
using Shortfall.Analysis.Charts;

namespace Shortfall.Tests.Charts;

/// <summary>Each chart kind maps its data to the marks it promises: read back from the plot, not from pixels.</summary>
public class ChartDataTests
{
    [Fact]
    public void A_histogram_has_one_bar_per_integer_from_the_smallest_to_the_largest_count_as_high_as_its_count_and_a_target_line()
    {
        var plot = HistogramChart.Plot(new HistogramData("H", [0, 1, 1, 2, 2, 2, 5]) { Target = 4 }).Plot;

        var bars = Assert.Single(plot.GetPlottables<BarPlot>()).Bars;
        Assert.Equal([0.0, 1, 2, 3, 4, 5], bars.Select(b => b.Position));
        Assert.Equal([1.0, 2, 3, 0, 0, 1], bars.Select(b => b.Value));
        var target = Assert.Single(plot.GetPlottables<VerticalLine>());
        Assert.Equal((4.0, "target 4"), (target.X, target.LegendText));
    }

    [Fact]
    public void Each_ecdf_rises_by_each_values_share_with_ties_together_from_0_at_the_left_to_1_at_the_right()
    {
        var plot = EcdfChart.Plot(new EcdfData("E", [new("a", [1, 2, 2, 4]), new("b", [3])])).Plot;

        var line = plot.GetPlottables<Scatter>().First();
        var points = line.Data.GetScatterPoints().Select(p => (p.X, p.Y)).ToArray();
        Assert.Equal([(1.0, 0.0), (1, 0), (1, 0.25), (2, 0.25), (2, 0.75), (4, 0.75), (4, 1), (4, 1)], points);
        Assert.Equal(["a", "b"], plot.GetPlottables<Scatter>().Select(s => s.LegendText));
    }

    [Fact]
    public void A_stack_of_blocked_hours_reaches_its_total_and_says_it_in_hours()
    {
        var plot = BlockedHoursChart.Plot(new BlockedHoursData("B", ["power", "input"], [new("a", [120.4, 40]), new("b", [0, 2600.52])])).Plot;

        var tops = plot.GetPlottables<BarPlot>().SelectMany(b => b.Bars).GroupBy(b => b.Position).Select(g => g.Max(b => b.Value));
        Assert.Equal([160.4, 2600.52], tops);
        Assert.Equal(["160 h", "2,601 h"], plot.GetPlottables<Text>().Select(t => t.LabelText));
    }

    [Fact]
    public void The_tornado_puts_the_widest_swing_on_top_and_both_ends_start_at_the_baseline()
    {
        var plot = TornadoChart.Plot(new TornadoData("T", 2, [new("narrow", 1.5, 2.5), new("wide", 0, 5)])).Plot;

        var bars = plot.GetPlottables<BarPlot>().SelectMany(b => b.Bars).ToArray();
        Assert.All(bars, b => Assert.Equal(2, b.ValueBase));
        var top = bars.MaxBy(b => b.Position)!;
        Assert.Contains(top.Value, new[] { 0.0, 5 });
    }

    [Fact]
    public void A_box_spans_the_quartiles_with_whiskers_at_the_5th_and_95th_percentiles()
    {
        var values = Enumerable.Range(0, 101).Select(i => (double)i).ToArray();
        var plot = BoxPlotChart.Plot(new BoxPlotData("B", [new("a", Sample.Of(values))])).Plot;

        var box = Assert.Single(Assert.Single(plot.GetPlottables<BoxPlot>()).Boxes);
        Assert.Equal((5.0, 25.0, 50.0, 75.0, 95.0), (box.WhiskerMin!.Value, box.BoxMin, box.BoxMiddle!.Value, box.BoxMax, box.WhiskerMax!.Value));
    }

    [Fact]
    public void Months_are_labelled_with_calendar_names()
    {
        Assert.Equal("Mar 2021", MonthlyIntervalChart.Calendar("2021-03"));
        Assert.Equal("week 3", MonthlyIntervalChart.Calendar("week 3"));
    }

    [Fact]
    public void A_timeline_runs_from_the_first_to_the_last_calendar_day_of_the_run()
    {
        var plot = ChartExamples.Typical("timeline").Plot;

        var limits = plot.Axes.GetLimits();
        Assert.Equal(ChartExamples.Start, DateTime.FromOADate(limits.Left));
        Assert.Equal(ChartExamples.Start.AddHours(240), DateTime.FromOADate(limits.Right));
    }
}
