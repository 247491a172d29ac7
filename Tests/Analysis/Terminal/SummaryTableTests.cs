using Shortfall.Analysis.Commands;
using Shortfall.Analysis.Output;
using Shortfall.Analysis.Reports;
using Shortfall.Analysis.Statistics;
using Shortfall.Analysis.Running;
using Shortfall.Analysis.Terminal;
using Shortfall.Configuration;
using Shortfall.Tests.Analysis.Commands;
using Spectre.Console;

namespace Shortfall.Tests.Analysis.Terminal;

/// <summary>The console summary of Onsong's ten variants, on terminals 80 and 100 columns wide: no line is cut by the
/// terminal, and every name, mean and cost stands whole on one line.</summary>
public class SummaryTableTests
{
    private static readonly Lazy<RunOutcome> Onsong = new(() =>
    {
        var scenarios = ScenarioLoader.Load(Cli.Onsong);
        var variants = VariantSelection.Select(scenarios, [], all: true).Select(v => PlantVariants.From(v, Runs.Seed)).ToArray();
        return Runs.InMemory(Runs.Plan(new FixedReplications(2), 1, variants));
    });

    [Theory]
    [InlineData(80)]
    [InlineData(100)]
    public void At_80_and_100_columns_no_line_wraps_and_every_name_mean_and_cost_stands_whole(int columns)
    {
        var lines = Render(columns);

        Assert.All(lines, line => Assert.True(line.Length <= columns, $"{line.Length} columns: {line}"));
        // Every mean with the decimals of its column's typical row, or its own if more (the one rule of IntervalDigits).
        var column = IntervalDigits.Decimals(Onsong.Value.Variants.Select(v => (v.Headline.Estimate.Mean, v.Headline.Estimate.HalfWidth)));
        foreach (var variant in Onsong.Value.Variants)
        {
            Assert.Contains(lines, line => line.TrimStart().StartsWith(variant.Name + " ", StringComparison.Ordinal));
            var decimals = Math.Max(column, IntervalDigits.Decimals(variant.Headline.Estimate.Mean, variant.Headline.Estimate.HalfWidth));
            Assert.Contains(lines, line => line.Contains(ReportNumber.Fixed(variant.Headline.Estimate.Mean, decimals) + " [", StringComparison.Ordinal));
            if (variant.Cost is { } cost)
            {
                var text = $"cost {ReportNumber.Whole(cost)} won";
                Assert.Contains(lines, line => line.Contains(text, StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void A_baseline_only_run_says_nothing_of_remedies_or_costs()
    {
        var scenarios = ScenarioLoader.Load(Cli.Onsong);
        var baseline = VariantSelection.Select(scenarios, [], all: false).Select(v => PlantVariants.From(v, Runs.Seed)).ToArray();
        var outcome = Runs.InMemory(Runs.Plan(new FixedReplications(2), 1, baseline));
        var text = string.Join("\n", Render(100, outcome));
        Assert.DoesNotContain("remedy", text, StringComparison.Ordinal);
        Assert.DoesNotContain("cost", text, StringComparison.Ordinal);
        Assert.Contains("baseline ", text, StringComparison.Ordinal);
    }

    private static string[] Render(int columns) => Render(columns, Onsong.Value);

    private static string[] Render(int columns, RunOutcome outcome)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = columns;
        console.Write(SummaryTable.Build(new RunDescription("Onsong milk plant", "ab12", Runs.Seed, new FixedReplications(2)) { Currency = "won" }, outcome));
        return output.ToString().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
    }
}
