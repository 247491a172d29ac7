using System.Xml.Linq;
using Shortfall.Analysis.Reports;
using Shortfall.Tests.Analysis;

namespace Shortfall.Tests.Reports;

/// <summary>A sweep.json next to a run's results: the tornado chart and the sensitivity table, or a note saying why not.</summary>
public sealed class SweepReportTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public SweepReportTests() => HandMadeResults.Write(_directory.Path);

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void A_one_at_a_time_sweep_draws_each_input_from_the_baseline_mean_to_its_means_at_the_ends_of_its_range()
    {
        WriteSweep(HandMadeResults.Sweep);

        Sealed.Report(_directory.Path);

        var tornado = XDocument.Load(Path.Combine(_directory.Path, ReportCharts.Folder, "tornado.svg"));
        Assert.Contains(tornado.Descendants().Where(e => e.Name.LocalName == "text"), t => t.Value.Trim() == "carriers.truck.count (1–3)");
        var plot = ReportCharts.Build(SavedResults.Load(_directory.Path)).Single(c => c.Name == "tornado").Chart.Plot;
        var bars = plot.GetPlottables<ScottPlot.Plottables.BarPlot>().ToDictionary(b => b.LegendText, b => Assert.Single(b.Bars));
        Assert.Equal((2.0, 2.5), (bars["at low end"].Value, bars["at low end"].ValueBase));
        Assert.Equal((3.75, 2.5), (bars["at high end"].Value, bars["at high end"].ValueBase));
        var page = ReportPage.Load(_directory.Path);
        Assert.Single(page.Descendants("figure"), f => (string?)f.Attribute("id") == "tornado");
        var row = page.Descendants("tr").Single(r => r.Elements("td").FirstOrDefault()?.Value == "carriers.truck.count");
        // A sweep.json written before inputs were labelled shows the path as the label; each end with its paired interval.
        Assert.Equal(["carriers.truck.count", "carriers.truck.count", "1 – 3", "-0.5 [-1.0, 0.0]", "+1.3 [+1.0, +1.5]"],
            row.Elements("td").Select(td => td.Value));
    }

    [Theory]
    [InlineData("\"scenario_hash\": \"ab12\"", "\"scenario_hash\": \"cd34\"", "was run on a different version of the scenario file")]
    [InlineData("\"mode\": \"oat\"", "\"mode\": \"lhs\"", "is a Latin-hypercube sweep")]
    public void A_sweep_of_another_scenario_version_or_a_latin_hypercube_gets_a_note_and_no_tornado(string from, string to, string note)
    {
        WriteSweep(HandMadeResults.Sweep.Replace(from, to, StringComparison.Ordinal));

        Sealed.Report(_directory.Path);

        Assert.DoesNotContain("tornado", ReportPage.ChartNames(_directory.Path));
        var page = ReportPage.Load(_directory.Path);
        Assert.DoesNotContain(page.Descendants("figure"), f => (string?)f.Attribute("id") == "tornado");
        Assert.Contains(page.Descendants("p"), p => p.Value.Contains(note, StringComparison.Ordinal));
    }

    [Fact]
    public void Redrawn_without_its_sweep_the_report_takes_the_tornado_chart_away_with_it()
    {
        WriteSweep(HandMadeResults.Sweep);
        Sealed.Report(_directory.Path);
        Assert.Contains("tornado", ReportPage.ChartNames(_directory.Path));

        File.Delete(_directory["sweep.json"]);
        Sealed.Report(_directory.Path);

        Assert.DoesNotContain("tornado", ReportPage.ChartNames(_directory.Path));
        Assert.False(File.Exists(Path.Combine(_directory.Path, ReportCharts.Folder, "tornado.svg")));
    }

    private void WriteSweep(string json) => File.WriteAllText(_directory["sweep.json"], json);
}
