using System.Text.Json;
using Shortfall.Analysis.Output;
using Shortfall.Analysis.Output.Documents;
using Shortfall.Analysis.Reports;
using Shortfall.Tests.Analysis;
using Shortfall.Tests.Analysis.Commands;
using Shortfall.Tests.Configuration;

namespace Shortfall.Tests.Reports;

public class ServiceReportTests
{
    [Fact]
    public void The_technology_office_report_shows_the_sessions_served_and_what_each_remedy_changes_per_cost()
    {
        using var directory = new TemporaryDirectory();
        var (exit, _, error) = Cli.Run("run", TestFiles.Scenario("kyongwon-technology-office.yaml"), "--all-variants", "--replications", "4", "--out",
            directory.Path, "--quiet");
        Assert.True(exit == 0, error);

        var variants = JsonDocument.Parse(File.ReadAllBytes(directory[SummaryJson.FileName])).RootElement.GetProperty("variants");
        var page = ReportPage.Load(directory.Path);
        Assert.Contains(page.Descendants("h2"), h => h.Value == "Service equipment");
        var table = page.Descendants("table").Single(t => t.Element("caption")?.Value == "Per replication, mean with interval");
        var rows = table.Descendants("tbody").Single().Elements("tr").Select(r => r.Elements("td").Select(td => td.Value).ToArray()).ToArray();
        Assert.Equal(variants.GetArrayLength(), rows.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            var service = variants[i].GetProperty("service");
            var served = service.GetProperty("sessions_served");
            Assert.Equal(variants[i].GetProperty("name").GetString(), rows[i][0]);
            Assert.Equal(ReportNumber.Interval(new Estimate(served.GetProperty("mean").GetDouble(), served.GetProperty("ci_low").GetDouble(),
                served.GetProperty("ci_high").GetDouble())), rows[i][1]);
        }
        Assert.Contains("The service equipment serves ", ReportPage.Headline(page));
    }
}
