namespace Shortfall.Analysis.Reports;

/// <summary>One chart of the report: the file it is saved as under charts/, what it shows, and the SVG document.</summary>
/// <param name="Name">The file name without extension, e.g. "deliveries-histogram".</param>
/// <param name="Caption">One or two sentences under the chart saying how to read it.</param>
/// <param name="Svg">The standalone SVG document.</param>
public sealed record ReportChart(string Name, string Caption, string Svg)
{
    /// <summary>The path of the chart relative to the results directory, e.g. charts/deliveries-histogram.svg.</summary>
    public string RelativePath => $"{ReportCharts.Folder}/{Name}.svg";
}
