using System.Xml.Linq;
using ScottPlot.Plottables;
using Shortfall.Analysis.Charts;
using Shortfall.Analysis.Reports;
using Shortfall.Tests.Analysis;

namespace Shortfall.Tests.Reports;

/// <summary>The report of a results directory small enough to work out by hand.</summary>
public sealed class HandMadeReportTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();
    private readonly XDocument _page;
    private readonly string _html;

    public HandMadeReportTests()
    {
        HandMadeResults.Write(_directory.Path);
        Sealed.Report(_directory.Path);
        _html = File.ReadAllText(_directory[ReportHtml.FileName]);
        _page = ReportPage.Parse(_html);
    }

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void The_headline_is_the_sentence_worked_out_by_hand() =>
        Assert.Equal(HandMadeResults.Headline, ReportPage.Headline(_page));

    [Fact]
    public void The_page_has_one_inline_svg_per_chart_file_in_a_figure_named_after_it()
    {
        string[] expected = ["blocked-hours", "convergence", "deliveries-by-month", "deliveries-ecdf", "deliveries-histogram", "destinations",
            "replication-means"];
        Assert.Equal(expected, ReportPage.ChartNames(_directory.Path));
        var figures = _page.Descendants("figure").ToArray();
        Assert.Equal(expected, figures.Select(f => (string)f.Attribute("id")!).Order(StringComparer.Ordinal));
        Assert.All(figures, f => Assert.Single(f.Elements("svg")));
        Assert.Equal(expected.Length, _page.Descendants("svg").Count());
    }

    [Fact]
    public void Charts_drawn_side_by_side_are_the_bytes_each_gives_drawn_alone()
    {
        // ReportFiles draws the charts on several threads at once; here each is drawn again, alone, from a fresh plot.
        using var withPng = new TemporaryDirectory();
        HandMadeResults.Write(withPng.Path);
        Sealed.Report(withPng.Path, png: true);
        foreach (var chart in ReportCharts.Build(SavedResults.Load(withPng.Path)))
        {
            Assert.Equal(File.ReadAllText(withPng[chart.RelativePath]), chart.Svg);
            Assert.Equal(File.ReadAllBytes(withPng[Path.ChangeExtension(chart.RelativePath, ".png")]), ChartFiles.Png(chart.Chart));
        }
    }

    [Fact]
    public void The_page_refers_to_nothing_outside_itself()
    {
        foreach (var forbidden in new[] { "http", "src=", "<script", "href=", "@import", "<link" })
        {
            Assert.DoesNotContain(forbidden, _html, StringComparison.OrdinalIgnoreCase);
        }
        // A chart clips its marks to a path in the same page (url(#id)); nothing else is referred to.
        Assert.DoesNotMatch(@"url\((?!#)", _html);
    }

    [Fact]
    public void Text_from_the_results_files_is_escaped_and_reads_back_unchanged()
    {
        Assert.Contains("Adds &lt;more&gt; &amp; &quot;better&quot;.", _html);
        Assert.Contains(_page.Descendants("td"), td => td.Value == "Adds <more> & \"better\".");
    }

    [Fact]
    public void The_median_target_ignores_months_without_a_target_and_is_drawn_on_the_histogram()
    {
        Assert.Contains(_page.Descendants("dd"), dd => dd.Value.StartsWith("median 21 deliveries", StringComparison.Ordinal));
        var target = Assert.Single(Chart("deliveries-histogram").GetPlottables<VerticalLine>());
        Assert.Equal((21.0, "target 21"), (target.X, target.LegendText));
    }

    [Fact]
    public void Remedies_are_ranked_by_effect_and_by_effect_per_cost_quoted_per_a_round_amount()
    {
        var tables = _page.Descendants("table").Where(t => t.Element("caption") is not null).ToDictionary(t => t.Element("caption")!.Value);
        var byEffect = tables["Remedies that raise deliveries ranked by effect, then the others"];
        Assert.Contains("Change per 1,000,000 won", byEffect.Descendants("th").Select(th => th.Value));
        var row = byEffect.Descendants("tr").Single(r => r.Elements("td").Any(td => td.Value == "remedy"));
        Assert.Equal(["1", "remedy", "Adds <more> & \"better\".", "+1.0 [+0.5, +1.5]", "raises deliveries", "2,000,000 won", "+0.5 [+0.3, +0.8]"],
            row.Elements("td").Select(td => td.Value));
        Assert.True(tables.ContainsKey("Remedies with a cost that raise deliveries, ranked by effect per cost"));
    }

    [Fact]
    public void Blocked_hours_are_tabulated_by_cause_with_the_largest_share()
    {
        var table = _page.Descendants("table").Single(t => t.Element("caption")?.Value.StartsWith("Line-hours", StringComparison.Ordinal) == true);
        Assert.Equal(["Variant", "no power (h)", "missing input (h)", "Largest cause"], table.Descendants("th").Select(th => th.Value));
        var rows = table.Descendants("tbody").Single().Elements("tr").Select(r => r.Elements("td").Select(td => td.Value).ToArray()).ToArray();
        Assert.Equal(["baseline", "30", "10", "no power (75.0%)"], rows[0]);
        Assert.Equal(["remedy", "20", "10", "no power (66.7%)"], rows[1]);
    }

    [Theory]
    [InlineData("{ \"mean\": 0, \"ci_low\": 0, \"ci_high\": 0, \"n\": 2 }", "no detectable effect",
        "No remedy raises deliveries by more than chance would explain.")]
    [InlineData("{ \"mean\": -1, \"ci_low\": -1.5, \"ci_high\": -0.5, \"n\": 2 }", "lowers deliveries",
        "No remedy raises deliveries by more than chance would explain; remedy lowers them by 1.0 [0.5, 1.5].")]
    public void A_remedy_with_no_effect_or_a_harmful_one_is_not_ranked_and_is_said_as_what_it_is(string difference, string verdict, string sentence)
    {
        using var directory = new TemporaryDirectory();
        HandMadeResults.Write(directory.Path);
        var summary = directory["summary.json"];
        File.WriteAllText(summary, File.ReadAllText(summary).Replace("\"difference_vs_baseline\": { \"mean\": 1, \"ci_low\": 0.5, \"ci_high\": 1.5, \"n\": 2 }",
            $"\"difference_vs_baseline\": {difference}", StringComparison.Ordinal));
        Sealed.Report(directory.Path);
        var page = ReportPage.Load(directory.Path);
        var table = page.Descendants("table").Single(t => t.Element("caption")?.Value.StartsWith("Remedies that raise", StringComparison.Ordinal) == true);
        // No rank: the rank column has nothing to show, so it is gone.
        Assert.DoesNotContain("Rank", table.Descendants("th").Select(th => th.Value));
        Assert.Contains(verdict, table.Descendants("td").Select(td => td.Value));
        Assert.DoesNotContain(page.Descendants("caption"), c => c.Value.Contains("ranked by effect per cost", StringComparison.Ordinal));
        Assert.Contains(page.Descendants("p"), p => p.Value.StartsWith("No remedy with a cost raises deliveries", StringComparison.Ordinal));
        Assert.EndsWith(sentence, ReportPage.Headline(page), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_cost_no_remedy_is_ranked_by_effect_per_cost()
    {
        using var directory = new TemporaryDirectory();
        HandMadeResults.Write(directory.Path);
        var summary = directory["summary.json"];
        File.WriteAllText(summary, File.ReadAllText(summary).Replace("\"cost\": 2000000", "\"cost\": null", StringComparison.Ordinal));
        Sealed.Report(directory.Path);
        var page = ReportPage.Load(directory.Path);
        Assert.DoesNotContain(page.Descendants("caption"), c => c.Value.Contains("ranked by effect per cost", StringComparison.Ordinal));
        Assert.Contains(page.Descendants("p"), p => p.Value.StartsWith("No remedy has a cost", StringComparison.Ordinal));
    }

    // The plot of a chart the report draws, built from the saved files as the report builds it.
    private ScottPlot.Plot Chart(string name) =>
        ReportCharts.Build(SavedResults.Load(_directory.Path)).Single(c => c.Name == name).Chart.Plot;

    private XElement Table(string captionStart) =>
        _page.Descendants("table").Single(t => t.Element("caption")?.Value.StartsWith(captionStart, StringComparison.Ordinal) == true);

    private static string[][] Rows(XElement table) =>
        table.Descendants("tbody").Single().Elements("tr").Select(r => r.Elements("td").Select(td => td.Value).ToArray()).ToArray();

    [Fact]
    public void What_the_people_served_receive_is_tabulated_with_its_change_against_the_baseline()
    {
        var rows = Rows(Table("Per variant, mean over replications"));
        // Each column with the decimals of its most precise row: the quantities' half-widths of 0.025 give hundredths, the change's 0.01 thousandths.
        Assert.Equal(["baseline", "0.13 [0.10, 0.15]", "–", "20% [10%, 30%]", "–", "25% [0%, 50%]", "–", "2"], rows[0]);
        Assert.Equal(["remedy", "0.18 [0.15, 0.20]", "+0.050 [+0.040, +0.060]", "30% [20%, 40%]", "+10% [+5%, +15%]", "0% [0%, 0%]",
            "-25% [-50%, 0%]", "3"], rows[1]);
    }

    [Fact]
    public void The_year_is_charted_by_calendar_month_per_variant_and_tabulated_for_the_baseline()
    {
        Assert.Equal([["2021-01", "2.0 [1.0, 3.0]", "50.0%"], ["2021-02", "3.0 [2.0, 4.0]", "0.0%"]], Rows(Table("Baseline, by calendar month")));
        var chart = Chart("deliveries-by-month");
        // Each series' points sit in the slot of their month (0, 1, 2 for January to March), side by side within it.
        var points = chart.GetPlottables<Scatter>().SelectMany(s => s.Data.GetScatterPoints()
            .Select(p => $"{s.LegendText}:{Math.Round(p.X) + 0.0}={p.Y}")).ToArray();
        Assert.Equal(["baseline:0=2", "baseline:1=3", "remedy:0=3", "remedy:2=5"], points);
        Assert.Equal(21, Assert.Single(chart.GetPlottables<HorizontalLine>()).Y);
    }

    [Fact]
    public void Materials_refused_or_lost_and_carriers_driving_are_tabulated_per_variant()
    {
        var table = Table("Materials refused");
        Assert.Equal(["Variant", "beans: refused", "beans: lost in cut batches", "truck: km", "truck: stops"], table.Descendants("th").Select(th => th.Value));
        Assert.Equal([["baseline", "4", "1.5", "120", "6"], ["remedy", "0", "0.5", "151", "8"]], Rows(table));
    }

    [Fact]
    public void Results_written_before_receipts_months_and_ledgers_existed_are_drawn_without_them()
    {
        using var directory = new TemporaryDirectory();
        HandMadeResults.Write(directory.Path);
        var summary = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(directory["summary.json"]))!;
        foreach (var variant in summary["variants"]!.AsArray())
        {
            foreach (var field in new[] { "receipts", "by_month", "materials", "carriers" })
            {
                variant!.AsObject().Remove(field);
            }
        }
        File.WriteAllText(directory["summary.json"], summary.ToJsonString());

        Sealed.Report(directory.Path);

        var page = ReportPage.Load(directory.Path);
        Assert.DoesNotContain(page.Descendants("h2"), h => h.Value is "Over the year" or "What the people served receive");
        Assert.DoesNotContain("no delivery at all", ReportPage.Headline(page), StringComparison.Ordinal);
    }
}
