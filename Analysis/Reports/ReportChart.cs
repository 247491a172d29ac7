using Shortfall.Analysis.Charts;

namespace Shortfall.Analysis.Reports;

/// <summary>One chart of the report: the file it is saved as under charts/, what it shows, and the plot.</summary>
/// <param name="Name">The file name without extension, e.g. "deliveries-histogram".</param>
/// <param name="Caption">One or two sentences under the chart saying how to read it.</param>
/// <param name="Chart">The plot, saved as Name.svg (inlined in the page) and Name.png.</param>
public sealed record ReportChart(string Name, string Caption, PlottedChart Chart)
{
    private readonly Lazy<string> _svg = new(() => ChartFiles.Svg(Chart, Name));

    /// <summary>The chart as an SVG document whose ids start with its name, drawn once (on first use, by whichever thread comes first) for
    /// the file and the page alike.</summary>
    public string Svg => _svg.Value;

    /// <summary>The path of the chart's SVG relative to the results directory, e.g. charts/deliveries-histogram.svg.</summary>
    public string RelativePath => $"{ReportCharts.Folder}/{Name}.svg";
}
