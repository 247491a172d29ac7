using Shortfall.Analysis.Charts;

namespace Shortfall.Tests.Charts;

/// <summary>Every chart rendered from typical, empty and degenerate data, by chart name, so behaviour
/// that all charts share is tested once over all nine. <paramref name="name"/> parameters become the
/// variant, category or series name, to test escaping.</summary>
internal static class ChartExamples
{
    /// <summary>Five causes of blocked hours, as summary.json names them.</summary>
    public static IReadOnlyList<string> Causes { get; } = ["power", "input", "carrier", "staff", "storage"];

    /// <summary>The calendar time of a timeline's hour 0.</summary>
    public static DateTime Start { get; } = new(2021, 3, 1, 0, 0, 0, DateTimeKind.Unspecified);

    public static TheoryData<string> Names => new()
    {
        "histogram", "ecdf", "box", "interval", "blocked", "timeline", "tornado", "convergence", "monthly",
    };

    public static PlottedChart Typical(string chart, string name = "baseline") => chart switch
    {
        "histogram" => HistogramChart.Plot(new HistogramData(name, [0, 1, 1, 2, 2, 2, 3, 5]) { Target = 24 }),
        "ecdf" => EcdfChart.Plot(new EcdfData(name, [new(name, [1, 2, 2, 3]), new("more power", [4, 5, 6])])),
        "box" => BoxPlotChart.Plot(new BoxPlotData(name, [new(name, [1, 2, 2, 3, 9]), new("more power", [4, 5, 6])])),
        "interval" => IntervalBarChart.Plot(new IntervalBarData(name, [new(name, 2, 1.5, 2.5), new("School 2", 3, 2, 4)]) { Target = 4 }),
        "blocked" => BlockedHoursChart.Plot(new BlockedHoursData(name, ChartExamples.Causes,
            [new(name, [120, 40, 60, 5, 0]), new("more power", [30, 50, 80, 5, 10])])),
        "timeline" => ReplicationTimelineChart.Plot(new ReplicationTimelineData(name, 240,
            [new(6, 10), new(30, 34), new(54, 60)], [new(name, [new(0, 500), new(12, 450), new(100, 900)])], [20, 130]) { Start = Start }),
        "tornado" => TornadoChart.Plot(new TornadoData(name, 2, [new(name, 1, 5), new("Truck breakdown rate", 2.5, 1.5)])),
        "convergence" => ConvergenceChart.Plot(new ConvergenceData(name,
            [new(2, 2.5, 0.5, 4.5), new(3, 2.2, 1.0, 3.4), new(4, 2.1, 1.4, 2.8)])),
        "monthly" => MonthlyIntervalChart.Plot(new MonthlyIntervalData(name, ["2021-03", "2021-04", "2021-05"],
            [new(name, [new("", 6, 5, 7), new("", 2, 1, 3), null]), new("more power", [new("", 8, 7, 9), new("", 0.5, 0, 1), new("", 0, 0, 0)])])
        { Target = 20 }),
        _ => throw new ArgumentOutOfRangeException(nameof(chart), chart, "Unknown chart."),
    };

    /// <summary>No observations, variants, estimates or events at all.</summary>
    public static PlottedChart Empty(string chart) => chart switch
    {
        "histogram" => HistogramChart.Plot(new HistogramData("Empty", []) { Target = 24 }),
        "ecdf" => EcdfChart.Plot(new EcdfData("Empty", [])),
        "box" => BoxPlotChart.Plot(new BoxPlotData("Empty", [])),
        "interval" => IntervalBarChart.Plot(new IntervalBarData("Empty", []) { Target = 24 }),
        "blocked" => BlockedHoursChart.Plot(new BlockedHoursData("Empty", ChartExamples.Causes, [])),
        "timeline" => ReplicationTimelineChart.Plot(new ReplicationTimelineData("Empty", 240, [], [], []) { Start = Start }),
        "tornado" => TornadoChart.Plot(new TornadoData("Empty", 2, [])),
        "convergence" => ConvergenceChart.Plot(new ConvergenceData("Empty", [])),
        "monthly" => MonthlyIntervalChart.Plot(new MonthlyIntervalData("Empty", [], []) { Target = 24 }),
        _ => throw new ArgumentOutOfRangeException(nameof(chart), chart, "Unknown chart."),
    };

    /// <summary>Variants or series that exist but hold no values (for the charts whose data can be so).</summary>
    public static PlottedChart EmptyVariants(string chart) => chart switch
    {
        "ecdf" => EcdfChart.Plot(new EcdfData("Empty variants", [new("a", []), new("b", [])])),
        "box" => BoxPlotChart.Plot(new BoxPlotData("Empty variants", [new("a", []), new("b", [])])),
        "timeline" => ReplicationTimelineChart.Plot(new ReplicationTimelineData("Empty series", 240, [], [new("beans", [])], []) { Start = Start }),
        _ => throw new ArgumentOutOfRangeException(nameof(chart), chart, "This chart's variants cannot be empty."),
    };

    /// <summary>Every value equal, so every data interval is a single point.</summary>
    public static PlottedChart AllEqual(string chart) => chart switch
    {
        "histogram" => HistogramChart.Plot(new HistogramData("Equal", [3, 3, 3])),
        "ecdf" => EcdfChart.Plot(new EcdfData("Equal", [new("a", [3, 3]), new("b", [3])])),
        "box" => BoxPlotChart.Plot(new BoxPlotData("Equal", [new("a", [3, 3, 3]), new("b", [3])])),
        "interval" => IntervalBarChart.Plot(new IntervalBarData("Equal", [new("a", 3, 3, 3), new("b", 3, 3, 3)])),
        "blocked" => BlockedHoursChart.Plot(new BlockedHoursData("Equal", ChartExamples.Causes,
            [new("a", [7, 7, 7, 7, 7]), new("b", [7, 7, 7, 7, 7])])),
        "timeline" => ReplicationTimelineChart.Plot(new ReplicationTimelineData("Equal", 48, [new(0, 48)],
            [new("beans", [new(0, 100), new(24, 100)])], [24, 24]) { Start = Start }),
        "tornado" => TornadoChart.Plot(new TornadoData("Equal", 2, [new("a", 2, 2), new("b", 2, 2)])),
        "convergence" => ConvergenceChart.Plot(new ConvergenceData("Equal", [new(5, 2, 2, 2), new(6, 2, 2, 2)])),
        "monthly" => MonthlyIntervalChart.Plot(new MonthlyIntervalData("Equal", ["2021-03", "2021-04"], [new("a", [new("", 3, 3, 3), new("", 3, 3, 3)])])),
        _ => throw new ArgumentOutOfRangeException(nameof(chart), chart, "Unknown chart."),
    };

    /// <summary>One variant, category or point with a single value.</summary>
    public static PlottedChart Single(string chart) => chart switch
    {
        "histogram" => HistogramChart.Plot(new HistogramData("Single", [0])),
        "ecdf" => EcdfChart.Plot(new EcdfData("Single", [new("only", [2])])),
        "box" => BoxPlotChart.Plot(new BoxPlotData("Single", [new("only", [2])]) { Whiskers = WhiskerRule.Tukey }),
        "interval" => IntervalBarChart.Plot(new IntervalBarData("Single", [new("only", 2, 1, 3)])),
        "blocked" => BlockedHoursChart.Plot(new BlockedHoursData("Single", ["power"], [new("only", [5])])),
        "timeline" => ReplicationTimelineChart.Plot(new ReplicationTimelineData("Single", 24, [], [], [12]) { Start = Start }),
        "tornado" => TornadoChart.Plot(new TornadoData("Single", 2, [new("only", 1, 3)])),
        "convergence" => ConvergenceChart.Plot(new ConvergenceData("Single", [new(1, 2, 1, 3)])),
        "monthly" => MonthlyIntervalChart.Plot(new MonthlyIntervalData("Single", ["2021-03"], [new("only", [new("", 2, 1, 3)])])),
        _ => throw new ArgumentOutOfRangeException(nameof(chart), chart, "Unknown chart."),
    };

    /// <summary>Zero counts or zero totals: data present, all of it zero.</summary>
    public static PlottedChart Zero(string chart) => chart switch
    {
        "histogram" => HistogramChart.Plot(new HistogramData("Zero", [0, 0, 0])),
        "ecdf" => EcdfChart.Plot(new EcdfData("Zero", [new("a", [0, 0])])),
        "box" => BoxPlotChart.Plot(new BoxPlotData("Zero", [new("a", [0, 0])])),
        "interval" => IntervalBarChart.Plot(new IntervalBarData("Zero", [new("a", 0, 0, 0)])),
        "blocked" => BlockedHoursChart.Plot(new BlockedHoursData("Zero", ChartExamples.Causes, [new("a", [0, 0, 0, 0, 0])])),
        "timeline" => ReplicationTimelineChart.Plot(new ReplicationTimelineData("Zero", 24, [new(0, 0)], [new("beans", [new(0, 0)])], [0]) { Start = Start }),
        "tornado" => TornadoChart.Plot(new TornadoData("Zero", 0, [new("a", 0, 0)])),
        "convergence" => ConvergenceChart.Plot(new ConvergenceData("Zero", [new(1, 0, 0, 0)])),
        "monthly" => MonthlyIntervalChart.Plot(new MonthlyIntervalData("Zero", ["2021-03"], [new("a", [new("", 0, 0, 0)])])),
        _ => throw new ArgumentOutOfRangeException(nameof(chart), chart, "Unknown chart."),
    };
}
