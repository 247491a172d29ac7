using System.Text.Json.Nodes;
using Shortfall.Analysis.Output;
using Shortfall.Tests.Analysis;
using Shortfall.Tests.Configuration;
using Shortfall.Tests.Reports;

namespace Shortfall.Tests.Integration;

/// <summary>
/// Memory does not grow with replications: a whole run of 10,000 replications, report included, peaks within 10% of a run of 1,000; and
/// the report drawn from the aggregates of ten thousand times as many replications (as a run of ten million would leave) peaks within
/// 10% of the report of the original 1,000. Peak resident memory of a child process (<see cref="PeakMemory"/>), on a one-month scenario
/// so that a run takes seconds.
/// </summary>
public sealed class FlatMemoryTests : IDisposable
{
    private const double Tolerance = 1.10;
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void A_run_of_ten_times_the_replications_peaks_within_10_percent_report_included()
    {
        var scenario = Scenario();
        var (small, _) = Peak(scenario, 1_000);
        var (large, _) = Peak(scenario, 10_000);
        Assert.True(large <= small * Tolerance, $"a run of 10,000 replications peaked at {large} KiB, of 1,000 at {small} KiB");
    }

    [Fact]
    public void The_report_of_ten_thousand_times_the_replications_peaks_within_10_percent()
    {
        var small = Peak(Scenario(), 1_000).Directory;

        var plotted = Plot(small);
        Scale(small, 10_000);
        var scaled = Plot(small);
        Assert.True(scaled <= plotted * Tolerance, $"the report of 10,000,000 replications peaked at {scaled} KiB, of 1,000 at {plotted} KiB");
    }

    // Runs the scenario into a directory of its own, report included; the run's peak resident memory in KiB.
    private (long PeakKib, string Directory) Peak(string scenario, int replications)
    {
        var directory = _directory[$"r{replications}"];
        var (exit, error, peak) = PeakMemory.Of("run", scenario, "--replications", replications.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--out", directory, "--quiet", "--no-png");
        Assert.True(exit == 0, error);
        return (peak, directory);
    }

    private static long Plot(string directory)
    {
        var (exit, error, peak) = PeakMemory.Of("plot", directory, "--quiet", "--no-png");
        Assert.True(exit == 0, error);
        return peak;
    }

    // Multiplies every count of the aggregates the report draws (and the replications) by factor, and seals the set again.
    private static void Scale(string directory, long factor)
    {
        Edit(Path.Combine(directory, SummaryJson.FileName), root =>
        {
            root["replications"] = (long)root["replications"]! * factor;
            foreach (var bin in root["variants"]!.AsArray().SelectMany(v => v!["deliveries_per_destination_month"]!["histogram"]!.AsArray()))
            {
                bin!["count"] = (long)bin["count"]! * factor;
            }
        });
        Edit(Path.Combine(directory, DistributionsJson.FileName), root =>
        {
            root["replications"] = (long)root["replications"]! * factor;
            foreach (var variant in root["variants"]!.AsArray())
            {
                foreach (var mean in variant!["replication_means"]!.AsArray())
                {
                    mean!["count"] = (long)mean["count"]! * factor;
                }
                variant["running_mean"]!.AsArray()[^1]!["replications"] = (long)root["replications"]!;
            }
        });
        Sealed.Seal(directory);
    }

    private static void Edit(string path, Action<JsonNode> change)
    {
        var root = JsonNode.Parse(File.ReadAllText(path))!;
        change(root);
        File.WriteAllText(path, root.ToJsonString());
    }

    // The small scenario of the malformed files without its deliberate error, with a second destination.
    private string Scenario()
    {
        var path = _directory["scenario.yaml"];
        var text = string.Join('\n', File.ReadLines(TestFiles.Malformed("count-negative.yaml")).TakeWhile(l => !l.StartsWith('#')))
            .Replace("count: -1", "count: 1", StringComparison.Ordinal);
        File.WriteAllText(path, text + "\n  clinic: {product: soymilk, quantity: 60 L, calendar: shift, target: every-day, distance: 6 km}\n");
        return path;
    }
}
