using Shortfall.Analysis.Charts;

namespace Shortfall.Analysis.Reports;

/// <summary>One chart of the report: the file it is saved as under charts/, what it shows, and the plot. A class, not a record: its SVG is
/// drawn once and kept, which a copy made with <c>with</c> would share whatever it changed.</summary>
/// <param name="name">The file name without extension, e.g. "deliveries-histogram".</param>
/// <param name="caption">One or two sentences under the chart saying how to read it.</param>
/// <param name="chart">The plot, saved as Name.svg (inlined in the page) and Name.png.</param>
public sealed class ReportChart(string name, string caption, PlottedChart chart)
{
    private readonly Lazy<string> _svg = new(() => ChartFiles.Svg(chart, name));

    /// <summary>The file name without extension, e.g. "deliveries-histogram".</summary>
    public string Name { get; } = name;

    /// <summary>One or two sentences under the chart saying how to read it.</summary>
    public string Caption { get; } = caption;

    /// <summary>The plot, saved as Name.svg (inlined in the page) and Name.png.</summary>
    public PlottedChart Chart { get; } = chart;

    /// <summary>The chart as an SVG document whose ids start with its name, drawn once (on first use, by whichever thread comes first) for
    /// the file and the page alike.</summary>
    public string Svg => _svg.Value;

    /// <summary>The path of the chart's SVG relative to the results directory, e.g. charts/deliveries-histogram.svg.</summary>
    public string RelativePath => $"{ReportCharts.Folder}/{Name}.svg";
}
