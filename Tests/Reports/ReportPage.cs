using System.Xml;
using System.Xml.Linq;
using Shortfall.Analysis.Reports;

namespace Shortfall.Tests.Reports;

/// <summary>Reads a report back: the page parsed as XML (the report writes XHTML-compatible markup), and its chart files.</summary>
internal static class ReportPage
{
    public static XDocument Parse(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    public static XDocument Load(string directory) => Parse(File.ReadAllText(Path.Combine(directory, ReportHtml.FileName)));

    /// <summary>The chart files under charts/, by name without extension, sorted.</summary>
    public static string[] ChartNames(string directory) =>
        Directory.GetFiles(Path.Combine(directory, ReportCharts.Folder),
            "*.svg").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToArray()!;

    /// <summary>Every file under <paramref name="directory"/> with its bytes, by relative path.</summary>
    /// <summary>Every file of <paramref name="directory"/> by relative path, but the lock file a results directory keeps.</summary>
    public static Dictionary<string, byte[]> Snapshot(string directory) =>
        Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != Shortfall.Analysis.Output.ResultsDirectory.LockName)
            .ToDictionary(f => Path.GetRelativePath(directory, f).Replace('\\', '/'), File.ReadAllBytes);

    public static string Headline(XDocument page) =>
        page.Descendants("p").Single(p => (string?)p.Attribute("class") == "headline").Value;

    public static string ClassOf(XElement element) => (string?)element.Attribute("class") ?? "";
}
