using System.Text.Json;
using Shortfall.Analysis.Commands;
using Shortfall.Analysis.Output;
using Shortfall.Analysis.Reports;

namespace Shortfall.Tests.Analysis.Commands;

public class RunCommandTests
{
    private static (int Exit, string Output, string Error, Dictionary<string, byte[]> Files) RunOnsong(params string[] extra)
    {
        using var directory = new TemporaryDirectory();
        var (exit, output, error) = Cli.Run(["run", Cli.Onsong, "--out", directory.Path, .. extra]);
        return (exit, output, error, directory.Files().ToDictionary(f => f, f => File.ReadAllBytes(directory[f])));
    }

    [Fact]
    public void The_reference_scenario_gives_byte_identical_files_on_one_two_and_seven_threads()
    {
        string[] args = ["--replications", "3", "--variant", "power-and-parents", "--seed", "11", "--quiet"];
        var one = RunOnsong([.. args, "--threads", "1"]);
        Assert.Equal(0, one.Exit);
        Assert.Equal([DestinationMonthsTable.ParquetFileName, DistributionsJson.FileName, ResultsDirectory.ManifestName, MonthsCsv.FileName,
            ReplicationsTable.ParquetFileName, ReportHtml.FileName,
            SummaryJson.FileName],
            one.Files.Keys.Order(StringComparer.Ordinal));
        foreach (var threads in new[] { "2", "7" })
        {
            var other = RunOnsong([.. args, "--threads", threads]);
            foreach (var (name, bytes) in one.Files)
            {
                Assert.True(bytes.AsSpan().SequenceEqual(other.Files[name]), $"{name} differs between 1 and {threads} threads.");
            }
        }
    }

    [Fact]
    public void The_summary_names_the_scenario_its_hash_seed_and_every_chosen_variant_with_the_baseline_first()
    {
        var run = RunOnsong("--replications", "2", "--variant", "second-truck", "--variant", "night-shift", "--seed", "5", "--quiet");
        Assert.Equal(0, run.Exit);
        var summary = JsonDocument.Parse(run.Files[SummaryJson.FileName]).RootElement;
        Assert.Equal("Onsong milk plant", summary.GetProperty("scenario").GetString());
        Assert.Matches("^[0-9a-f]{64}$", summary.GetProperty("scenario_hash").GetString());
        Assert.Equal(5UL, summary.GetProperty("seed").GetUInt64());
        Assert.Equal(2, summary.GetProperty("replications").GetInt64());
        // File order, not command-line order.
        Assert.Equal(["baseline", "second-truck", "night-shift"],
            summary.GetProperty("variants").EnumerateArray().Select(v => v.GetProperty("name").GetString()));
        Assert.Equal(5e7, summary.GetProperty("variants")[1].GetProperty("cost").GetDouble());
    }

    [Fact]
    public void A_variant_that_sets_the_baseline_value_again_differs_from_the_plant_by_exactly_zero()
    {
        using var directory = new TemporaryDirectory();
        var scenario = directory["same-again.yaml"];
        // The file's own variants, and one more that sets the truck count the baseline already has.
        File.WriteAllText(scenario, File.ReadAllText(Cli.Onsong).TrimEnd() + "\n  same-truck:\n    set:\n      carriers.truck.count: 1\n");
        var (exit, _, error) = Cli.Run("run", scenario, "--all-variants", "--replications", "4", "--out", directory["results"], "--quiet");
        Assert.True(exit == 0, error);
        var variants = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory["results"], SummaryJson.FileName))).RootElement.GetProperty("variants");
        var same = variants.EnumerateArray().Single(v => v.GetProperty("name").GetString() == "same-truck");
        var difference = same.GetProperty("difference_vs_baseline");
        Assert.Equal([0.0, 0.0, 0.0], new[] { "mean", "ci_low", "ci_high" }.Select(k => difference.GetProperty(k).GetDouble()));
        Assert.Equal(variants[0].GetProperty("headline").GetProperty("mean").GetDouble(), same.GetProperty("headline").GetProperty("mean").GetDouble());
    }

    [Fact]
    public void A_precision_run_records_its_rule_and_never_stops_before_the_minimum()
    {
        var run = RunOnsong("--precision", "50", "--min-replications", "3", "--quiet");
        Assert.Equal(0, run.Exit);
        var summary = JsonDocument.Parse(run.Files[SummaryJson.FileName]).RootElement;
        Assert.Equal(3, summary.GetProperty("replications").GetInt64());
        var stopping = summary.GetProperty("stopping");
        Assert.Equal("precision", stopping.GetProperty("rule").GetString());
        Assert.Equal(50.0, stopping.GetProperty("relative_half_width").GetDouble());
        Assert.True(stopping.GetProperty("met").GetBoolean());
    }

    [Fact]
    public void Without_quiet_the_console_gets_a_summary_table_and_progress_goes_to_the_error_stream()
    {
        var run = RunOnsong("--replications", "2", "--variant", "second-truck", "--threads", "2");
        Assert.Equal(0, run.Exit);
        Assert.Contains("Onsong milk plant: 2 replications", run.Output);
        Assert.Contains("second-truck", run.Output);
        Assert.Contains("50,000,000", run.Output);
        Assert.Contains("Onsong milk plant: done in", run.Error);
        Assert.DoesNotContain("done in", run.Output);
    }

    [Fact]
    public void Quiet_prints_nothing()
    {
        var run = RunOnsong("--replications", "1", "--quiet");
        Assert.Equal((0, "", ""), (run.Exit, run.Output, run.Error));
    }

    [Fact]
    public void Cancelling_a_run_exits_with_130_and_leaves_no_directory_or_file()
    {
        using var directory = new TemporaryDirectory();
        var results = directory["results"];
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        var error = new StringWriter();
        var exit = ShortfallCli.Run(["run", Cli.Onsong, "--replications", "1000000", "--out", results],
            new CommandIO(new StringWriter(), error, Interactive: false, cancel.Token));
        Assert.Equal(130, exit);
        Assert.Contains("cancelled; no results were written", error.ToString());
        Assert.False(Directory.Exists(results));
    }
}
