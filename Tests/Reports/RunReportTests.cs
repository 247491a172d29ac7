using System.Text.Json;
using Shortfall.Analysis.Output;
using Shortfall.Analysis.Output.Documents;
using Shortfall.Analysis.Reports;
using Shortfall.Analysis.Running;
using Shortfall.Tests.Analysis;
using Shortfall.Tests.Analysis.Commands;

namespace Shortfall.Tests.Reports;

/// <summary>The report that <c>shortfall run</c> writes, and <c>shortfall plot</c> redrawing it.</summary>
public sealed class RunReportTests(OnsongRunFixture run) : IClassFixture<OnsongRunFixture>
{
    [Fact]
    public void Run_writes_the_report_and_its_charts_next_to_the_summary_and_says_where()
    {
        Assert.True(File.Exists(Path.Combine(run.Directory, ReportHtml.FileName)));
        Assert.Equal(["blocked-hours", "convergence", "deliveries-by-month", "deliveries-ecdf", "deliveries-histogram", "destinations", "replication-means"],
            ReportPage.ChartNames(run.Directory));
        Assert.Contains($"Report: {Path.GetFullPath(Path.Combine(run.Directory, ReportHtml.FileName))}", run.Output);
    }

    [Fact]
    public void The_headline_quotes_the_baselines_figures_from_the_summary()
    {
        var baseline = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(run.Directory, SummaryJson.FileName))).RootElement.GetProperty("variants")[0];
        var deliveries = baseline.GetProperty("deliveries_per_destination_month");
        var (mean, interval) = ReportNumber.Parts(new Estimate(deliveries.GetProperty("mean").GetDouble(), deliveries.GetProperty("ci_low").GetDouble(),
            deliveries.GetProperty("ci_high").GetDouble()));
        var met = baseline.GetProperty("target_met_probability");
        var (share, shareInterval) = ReportNumber.PercentParts(new ProportionDocument { Estimate = met.GetProperty("estimate").GetDouble(),
            CiLow = met.GetProperty("ci_low").GetDouble(), CiHigh = met.GetProperty("ci_high").GetDouble(), Successes = 0, Trials = 1 });
        var blocked = baseline.GetProperty("blocked_hours").EnumerateObject().Select(p => (p.Name, Hours: p.Value.GetDouble())).ToArray();
        var largest = blocked.MaxBy(b => b.Hours);

        var headline = ReportPage.Headline(ReportPage.Load(run.Directory));
        Assert.StartsWith($"In the baseline, a destination receives a delivery {mean} times a month {interval}; ", headline);
        Assert.Contains($" is met in {share} of destination-months {shareInterval}; ", headline);
        Assert.Contains($"{CauseNames.Phrase(largest.Name)} accounts for {ReportNumber.Percent(largest.Hours / blocked.Sum(b => b.Hours))} of the hours " +
            $"production was blocked.", headline);
    }

    [Fact]
    public void Every_variant_appears_with_its_description_from_the_scenario_file()
    {
        var page = ReportPage.Load(run.Directory);
        var rows = page.Descendants("table").First().Descendants("tbody").Single().Elements("tr")
            .Select(r => r.Elements("td").Select(td => td.Value).ToArray()).ToArray();
        Assert.Equal(["baseline", "more-power-hours", "parents-as-carriers", "power-and-parents", "second-truck", "more-fuel", "supplies-on-time", "generator",
            "night-shift", "even-supply"], rows.Select(r => r[0]));
        Assert.Equal(["second-truck", "A second used truck with the same fuel ration.", "50,000,000 won"], rows[4]);
        var summary = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(run.Directory, SummaryJson.FileName))).RootElement;
        Assert.Equal("A second used truck with the same fuel ration.", summary.GetProperty("variants")[4].GetProperty("description").GetString());
    }

    [Fact]
    public void With_no_report_run_writes_the_results_files_only()
    {
        using var directory = new TemporaryDirectory();
        var (exit, output, error) = Cli.Run("run", Cli.Onsong, "--replications", "2", "--out", directory.Path, "--no-report");
        Assert.True(exit == 0, error);
        Assert.Equal([DestinationMonthsTable.ParquetFileName, DistributionsJson.FileName, ResultsDirectory.ManifestName, MonthsCsv.FileName,
            ReplicationsTable.ParquetFileName, SummaryJson.FileName],
            directory.Files());
        Assert.False(Directory.Exists(directory[ReportCharts.Folder]));
        Assert.DoesNotContain("Report:", output);
    }

    [Fact]
    public void Plot_redraws_a_byte_identical_report_and_charts_from_the_saved_results()
    {
        using var copy = new TemporaryDirectory();
        foreach (var name in new[] { SummaryJson.FileName, DistributionsJson.FileName, ReplicationsTable.ParquetFileName,
            DestinationMonthsTable.ParquetFileName,
            MonthsCsv.FileName, ResultsDirectory.ManifestName })
        {
            File.Copy(Path.Combine(run.Directory, name), copy[name]);
        }

        var (exit, output, error) = Cli.Run("plot", copy.Path);

        Assert.True(exit == 0, error);
        Assert.Equal($"Report: {Path.GetFullPath(copy[ReportHtml.FileName])}\n", output.Replace("\r\n", "\n", StringComparison.Ordinal));
        var original = ReportPage.Snapshot(run.Directory);
        var redrawn = ReportPage.Snapshot(copy.Path);
        Assert.Equal(original.Keys.Order(StringComparer.Ordinal), redrawn.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, bytes) in original)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(redrawn[name]), $"{name} differs between run and plot.");
        }
    }

    [Fact]
    public void A_sweep_in_the_same_directory_adds_the_tornado_chart_and_a_sweep_alone_gets_a_report_of_its_own()
    {
        using var both = new TemporaryDirectory();
        foreach (var name in new[] { SummaryJson.FileName, DistributionsJson.FileName, ReplicationsTable.ParquetFileName,
            DestinationMonthsTable.ParquetFileName,
            MonthsCsv.FileName, ResultsDirectory.ManifestName })
        {
            File.Copy(Path.Combine(run.Directory, name), both[name]);
        }

        var sweep = Cli.Run("sweep", Cli.Onsong, "--param", "carriers.truck.count=1:2", "--replications", "2", "--seed", "11", "--out", both.Path, "--quiet");
        Assert.True(sweep.Exit == 0, sweep.Error);

        Assert.Equal(0, Cli.Run("plot", both.Path, "--quiet").Exit);
        Assert.Contains("tornado", ReportPage.ChartNames(both.Path));
        var page = ReportPage.Load(both.Path);
        Assert.Contains(page.Descendants("h2"), h => h.Value == "Which inputs matter");
        Assert.Single(page.Descendants("figure"), f => (string?)f.Attribute("id") == "tornado");
        Assert.Contains(page.Descendants("td"), td => td.Value == "carriers.truck.count");

        using var alone = new TemporaryDirectory();
        File.Copy(both[SweepFiles.JsonFileName], alone[SweepFiles.JsonFileName]);
        Sealed.Seal(alone.Path);
        Assert.Equal(0, Cli.Run("plot", alone.Path, "--quiet").Exit);
        Assert.Equal(["tornado"], ReportPage.ChartNames(alone.Path));
        Assert.Single(ReportPage.Load(alone.Path).Descendants("svg"));
    }
}
