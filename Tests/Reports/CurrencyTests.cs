using System.Text.Json;
using System.Text.RegularExpressions;
using Shortfall.Analysis.Output;
using Shortfall.Analysis.Reports;

namespace Shortfall.Tests.Reports;

/// <summary>Every cost the run writes for a reader carries the scenario's currency: summary.json names it, and in the console and the report
/// each remedy's cost and each "per amount" is followed by it.</summary>
public sealed partial class CurrencyTests(OnsongRunFixture run) : IClassFixture<OnsongRunFixture>
{
    [Fact]
    public void Summary_json_names_the_scenario_s_currency()
    {
        using var summary = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(run.Directory, SummaryJson.FileName)));
        Assert.Equal("won", summary.RootElement.GetProperty("currency").GetString());
    }

    [Fact]
    public void Every_cost_and_every_amount_per_cost_in_the_console_and_the_report_is_in_won()
    {
        using var summary = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(run.Directory, SummaryJson.FileName)));
        var costs = summary.RootElement.GetProperty("variants").EnumerateArray()
            .Select(v => v.GetProperty("cost")).Where(c => c.ValueKind == JsonValueKind.Number).Select(c => ReportNumber.Whole(c.GetDouble())).ToArray();
        Assert.NotEmpty(costs);
        var page = string.Concat(ReportPage.Load(run.Directory).Descendants().Where(e => !e.HasElements).Select(e => e.Value + "\n"));
        foreach (var (name, text) in new[] { ("console", run.Output), ("report", page) })
        {
            foreach (var cost in costs)
            {
                var at = Occurrences(text, cost).ToArray();
                Assert.True(at.Length > 0, $"{name} never shows the cost {cost}");
                Assert.All(at, i => Assert.True(text[(i + cost.Length)..].StartsWith(" won", StringComparison.Ordinal),
                    $"{name}: '{cost}' without its currency in ...{text[Math.Max(0, i - 40)..Math.Min(text.Length, i + 40)]}..."));
            }
            Assert.All(PerAmount().Matches(text), m => Assert.EndsWith(" won", m.Value, StringComparison.Ordinal));
            Assert.DoesNotContain("of cost", text, StringComparison.Ordinal);
        }
    }

    // Whole occurrences of a number: not inside a longer one.
    private static IEnumerable<int> Occurrences(string text, string number)
    {
        for (var i = text.IndexOf(number, StringComparison.Ordinal); i >= 0; i = text.IndexOf(number, i + 1, StringComparison.Ordinal))
        {
            var before = i > 0 ? text[i - 1] : ' ';
            var after = i + number.Length < text.Length ? text[i + number.Length] : ' ';
            if (!char.IsDigit(before) && before is not (',' or '.') && !char.IsDigit(after) && !(after is ',' or '.' && i + number.Length + 1 < text.Length
                && char.IsDigit(text[i + number.Length + 1])))
            {
                yield return i;
            }
        }
    }

    [GeneratedRegex(@"per [0-9][0-9,]*( \S+)?")]
    private static partial Regex PerAmount();
}
