using System.Runtime.ExceptionServices;
using System.Text;
using Shortfall.Analysis.Charts;
using Shortfall.Analysis.Output;
using Shortfall.Analysis.Output.Documents;

namespace Shortfall.Analysis.Reports;

/// <summary>
/// Draws the report of a results directory: reads the saved results (each file checked against manifest.json), renders every
/// chart and the page in memory, and commits charts/*.svg (and charts/*.png, for slides) and report.html as one unit with the
/// results they were drawn from (<see cref="ResultsDirectory"/>). A missing, incomplete or malformed file stops it before anything
/// is written. Charts of an earlier report that this one no longer draws (a tornado whose sweep.json is gone, a PNG under
/// --no-png) are taken out of the set, so the folder never shows a chart the page does not.
/// </summary>
public static class ReportFiles
{
    /// <summary>Opens <paramref name="directory"/> and writes its report (see <see cref="Write(ResultsDirectory, bool)"/>).</summary>
    /// <exception cref="ResultsFormatException">When the directory or one of its results files is missing, incomplete or malformed.</exception>
    /// <exception cref="IOException">When another command holds the directory.</exception>
    public static IReadOnlyList<string> Write(string directory, bool png)
    {
        if (!Directory.Exists(directory))
        {
            throw new ResultsFormatException(directory, "is not a directory");
        }

        using var results = ResultsDirectory.Open(directory);
        return Write(results, png);
    }

    /// <summary>Writes the charts and report.html of <paramref name="results"/>, whose lock the caller holds; returns the paths written, the page
    /// last.</summary>
    /// <param name="results">The results directory.</param>
    /// <param name="png">True to write each chart as a PNG beside its SVG.</param>
    /// <exception cref="ResultsFormatException">When one of its results files is missing, incomplete or malformed.</exception>
    public static IReadOnlyList<string> Write(ResultsDirectory results, bool png)
    {
        ArgumentNullException.ThrowIfNull(results);
        var saved = SavedResults.Load(results.Path);
        var charts = ReportCharts.Build(saved);
        var pngs = Draw(charts, png);
        var page = ReportHtml.Render(saved, charts);
        RemoveFrom(results);
        var written = new List<string>();
        for (var i = 0; i < charts.Count; i++)
        {
            var chart = charts[i];
            results.Stage(chart.RelativePath, Encoding.UTF8.GetBytes(chart.Svg));
            written.Add(Path.Combine(results.Path, chart.RelativePath));
            if (pngs[i] is { } drawn)
            {
                var name = Path.ChangeExtension(chart.RelativePath, ".png");
                results.Stage(name, drawn);
                written.Add(Path.Combine(results.Path, name));
            }
        }

        results.Stage(ReportHtml.FileName, Encoding.UTF8.GetBytes(page));
        results.Commit(Owner(results.Manifest!, saved));
        written.Add(Path.Combine(results.Path, ReportHtml.FileName));
        return written;
    }

    /// <summary>Draws every chart's SVG and, if <paramref name="png"/>, its PNG, a chart per core at a time (each plot is its own; what
    /// ScottPlot and Skia share, the typeface and its caches, is safe to share); returns the PNGs, null without. Drawing is most of a small
    /// run's report, and every chart is the same bytes whichever thread drew it.</summary>
    private static byte[]?[] Draw(IReadOnlyList<ReportChart> charts, bool png)
    {
        var pngs = new byte[]?[charts.Count];
        try
        {
            Parallel.For(0, charts.Count, i =>
            {
                _ = charts[i].Svg;
                pngs[i] = png ? ChartFiles.Png(charts[i].Chart) : null;
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
        return pngs;
    }

    /// <summary>Takes the report and its charts out of the set at <paramref name="results"/>' next commit: new results make them stale.</summary>
    public static void RemoveFrom(ResultsDirectory results)
    {
        ArgumentNullException.ThrowIfNull(results);
        foreach (var name in results.Listed(n => n == ReportHtml.FileName || n.StartsWith(ReportCharts.Folder + "/", StringComparison.Ordinal)))
        {
            results.Remove(name);
        }
    }

    // The report belongs to the run it shows first: the run's if the directory has one, else the sweep's.
    private static ManifestRunDocument Owner(ManifestDocument manifest, SavedResults saved)
    {
        var file = saved.Run is not null ? SummaryJson.FileName : SweepFiles.JsonFileName;
        var id = manifest.Files.First(f => f.Name == file).Run;
        return manifest.Runs.First(r => r.Id == id);
    }
}
