using System.Text;
using Shortfall.Analysis.Charts;
using Shortfall.Analysis.Output;

namespace Shortfall.Analysis.Reports;

/// <summary>
/// Draws the report of a results directory: reads the saved results, renders every chart and the
/// page in memory, and only then writes charts/*.svg (and charts/*.png, for slides) and report.html,
/// each atomically, the page last. A missing or malformed file stops it before anything is written. Charts of an earlier
/// report that this one no longer draws (a tornado whose sweep.json is gone) are removed, so the
/// folder never shows a chart the page does not.
/// </summary>
public static class ReportFiles
{
    /// <summary>Writes the charts and report.html of <paramref name="directory"/>; returns the paths written, the page last.</summary>
    /// <param name="directory">The results directory.</param>
    /// <param name="png">True to write each chart as a PNG beside its SVG.</param>
    /// <exception cref="ResultsFormatException">When the directory or one of its results files is missing or malformed.</exception>
    public static IReadOnlyList<string> Write(string directory, bool png)
    {
        var results = SavedResults.Load(directory);
        var charts = ReportCharts.Build(results);
        var page = ReportHtml.Render(results, charts);
        var written = new List<string>();
        if (charts.Count > 0)
        {
            Directory.CreateDirectory(Path.Combine(directory, ReportCharts.Folder));
        }

        foreach (var chart in charts)
        {
            written.Add(Save(Path.Combine(directory, chart.RelativePath), chart.Svg));
            if (png)
            {
                var path = Path.ChangeExtension(Path.Combine(directory, chart.RelativePath), ".png");
                AtomicFile.WriteAllBytes(path, ChartFiles.Png(chart.Chart));
                written.Add(path);
            }
        }

        RemoveStale(Path.Combine(directory, ReportCharts.Folder), written);
        written.Add(Save(Path.Combine(directory, ReportHtml.FileName), page));
        return written;
    }

    private static void RemoveStale(string folder, IReadOnlyList<string> current)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        var keep = current.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        var drawings = Directory.GetFiles(folder).Where(f => f.EndsWith(".svg", StringComparison.Ordinal) || f.EndsWith(".png", StringComparison.Ordinal));
        foreach (var stale in drawings.Where(f => !keep.Contains(Path.GetFullPath(f))))
        {
            File.Delete(stale);
        }
    }

    private static string Save(string path, string text)
    {
        AtomicFile.WriteAllBytes(path, Encoding.UTF8.GetBytes(text));
        return path;
    }
}
