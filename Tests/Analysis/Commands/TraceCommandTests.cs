using System.Globalization;
using System.Xml.Linq;
using Shortfall.Analysis.Output;
using Shortfall.Analysis.Tracing;
using Shortfall.Configuration;
using Shortfall.Model;
using Shortfall.Model.Tracing;
using Shortfall.Randomness;

namespace Shortfall.Tests.Analysis.Commands;

public class TraceCommandTests
{
    private static string[][] Rows(string path) =>
        File.ReadAllLines(path).Skip(1).Select(line => line.Split(',')).ToArray();

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static double Litres(string quantity) => Number(quantity[..^" L".Length]);

    [Fact]
    public void A_traced_replication_is_the_one_run_computes_trip_for_trip_and_litre_for_litre()
    {
        using var runs = new TemporaryDirectory();
        using var trace = new TemporaryDirectory();
        Assert.Equal(0, Cli.Run("run", Cli.Onsong, "--replications", "3", "--variant", "night-shift", "--seed", "4", "--quiet", "--format", "csv", "--out",
            runs.Path).Exit);
        var (exit, output, error) = Cli.Run("trace", Cli.Onsong, "--variant", "night-shift", "--replication", "2", "--seed", "4", "--out", trace.Path);
        Assert.True(exit == 0, error);
        Assert.Contains("replication 2", output);

        var header = File.ReadLines(runs[ReplicationsTable.CsvFileName]).First().Split(',');
        var row = Rows(runs[ReplicationsTable.CsvFileName]).Single(r => r[0] == "2" && r[1] == "night-shift");
        double Column(string name) => Number(row[Array.IndexOf(header, name)]);
        var events = Rows(trace[TraceFiles.Events]);
        int Count(string kind) => events.Count(e => e[2] == kind);

        Assert.Equal(Column("trips"), Count("trip_start"));
        Assert.Equal(Column("batches_lost"), Count("batch_lost"));
        // The trace rounds each quantity to three decimals for its reader: the sums agree to half a thousandth per event, in litres.
        var (batches, deliveries) = (events.Where(e => e[2] == "batch_done").ToArray(), events.Where(e => e[2] == "delivery").ToArray());
        Assert.All(batches.Concat(deliveries), e => Assert.EndsWith(" L", e[4], StringComparison.Ordinal));
        Assert.InRange(batches.Sum(e => Litres(e[4])) - Column("produced"), -0.0005 * batches.Length, 0.0005 * batches.Length);
        Assert.InRange(deliveries.Sum(e => Litres(e[4])) - Column("quantity_delivered"), -0.0005 * deliveries.Length, 0.0005 * deliveries.Length);
    }

    [Fact]
    public void Levels_are_written_only_when_they_change_and_power_alternates_on_and_off()
    {
        using var trace = new TemporaryDirectory();
        Assert.Equal(0, Cli.Run("trace", Cli.Onsong, "--out", trace.Path, "--quiet").Exit);
        var levels = Rows(trace[TraceFiles.Levels]);
        foreach (var series in levels.GroupBy(l => l[2]))
        {
            var values = series.Select(l => l[3]).ToArray();
            Assert.All(values.Zip(values.Skip(1)), pair => Assert.NotEqual(pair.First, pair.Second));
        }
        var grid = levels.Where(l => l[2] == TraceNames.Grid).Select(l => l[3]).ToArray();
        Assert.True(grid.Length > 100);
        Assert.All(grid, v => Assert.Contains(v, new[] { "0", "1" }));
    }

    [Fact]
    public void Each_unit_of_stock_gets_a_timeline_with_a_tick_per_delivery_and_a_band_per_period_of_power()
    {
        using var trace = new TemporaryDirectory();
        Assert.Equal(0, Cli.Run("trace", Cli.Onsong, "--replication", "1", "--out", trace.Path, "--quiet").Exit);
        Assert.Equal(["events.csv", "levels.csv", "timeline-L.png", "timeline-L.svg", "timeline-kg.png", "timeline-kg.svg", "timeline-pcs.png",
            "timeline-pcs.svg"], trace.Files());
        var events = Rows(trace[TraceFiles.Events]);
        var levels = Rows(trace[TraceFiles.Levels]).Where(l => l[2] == TraceNames.Grid).ToArray();
        Assert.Contains("Stock (kg)", XDocument.Load(trace["timeline-kg.svg"]).Descendants().Select(e => e.Value.Trim()));
        var scenario = ScenarioLoader.Load(Cli.Onsong).Baseline;
        var recorder = new TraceRecorder();
        PlantSimulation.Run(scenario, new RandomStreams(1, 1), recorder);
        var plot = TraceTimelines.Plot(scenario, recorder, "t").Single(t => t.Unit == "kg").Chart.Plot;
        var lines = plot.GetPlottables<ScottPlot.Plottables.Scatter>().ToDictionary(s => s.LegendText);
        Assert.Equal(events.Count(e => e[2] == "delivery"), lines["delivery"].Data.GetScatterPoints().Count);
        // Without a generator, power is on exactly between a grid "1" and the next "0".
        Assert.Equal(levels.Count(l => l[3] == "1"), plot.GetPlottables<ScottPlot.Plottables.HorizontalSpan>().Count());
        Assert.Equal(3, lines.Count);
    }

    [Fact]
    public void Every_allocation_leaves_one_event_arrived_or_missed_with_its_quantities_in_units()
    {
        var scenario = ScenarioLoader.Load(Cli.Onsong).Baseline;
        var recorder = new TraceRecorder();
        PlantSimulation.Run(scenario, new RandomStreams(1, 3), recorder);

        var allocations = recorder.Events.Where(e => e.Kind is "allocation" or "allocation_missed").ToArray();
        Assert.Equal(scenario.Allocations.Count, allocations.Length);
        Assert.All(allocations, e => Assert.Matches(@"^[\d,]+(\.\d{1,3})? \S+ ", e.Detail));
        Assert.All(allocations.Where(e => e.Kind == "allocation_missed"), e => Assert.Equal(0, e.Hours));
    }

    [Theory]
    [InlineData("--variant", "no-such-variant", "no variant named 'no-such-variant'")]
    [InlineData("--replication", "-1", "--replication must be 0 or more")]
    public void Bad_arguments_exit_2_and_write_nothing(string option, string value, string message)
    {
        using var trace = new TemporaryDirectory();
        var output = trace["out"];
        var (exit, _, error) = Cli.Run("trace", Cli.Onsong, option, value, "--out", output);
        Assert.Equal(2, exit);
        Assert.Contains(message, error);
        Assert.False(Directory.Exists(output));
    }
}
