namespace Shortfall.Analysis.Charts;

/// <summary>
/// Readies the chart machinery on another core while a command does its single-threaded start (reading the scenario, a small
/// run's few replications), for a command that will draw a report: ScottPlot's and Skia's one-time set-up (the font directory Skia
/// reads, the bundled typeface, the first layout and drawing of a plot's parts) otherwise comes first in the report's time.
/// Nothing it draws is kept, and every chart is the same bytes with or without it.
/// </summary>
internal static class ChartWarmUp
{
    /// <summary>Draws a small chart as SVG and, if <paramref name="png"/>, as PNG, on the thread pool; wait for the task before
    /// drawing the report, which also surfaces anything that went wrong.</summary>
    public static Task Start(bool png) => Task.Run(() =>
    {
        var chart = HistogramChart.Plot(new HistogramData("Warm-up", Sample.Of([1, 2, 2, 3])));
        _ = ChartFiles.Svg(chart, "warm-up");
        if (png)
        {
            _ = ChartFiles.Png(chart);
        }
    });
}
