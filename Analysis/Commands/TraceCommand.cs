using System.CommandLine;
using System.Globalization;
using Shortfall.Analysis.Running;
using Shortfall.Analysis.Tracing;
using Shortfall.Configuration;
using Shortfall.Model;
using Shortfall.Model.Tracing;
using Shortfall.Randomness;

namespace Shortfall.Analysis.Commands;

/// <summary>
/// <c>shortfall trace FILE</c>: runs one replication of one variant with tracing on and writes
/// what happened in it: every event, every change of power and stock, and timeline charts. The
/// replication is the same one <c>shortfall run</c> computes for that seed and index (tracing
/// draws no random numbers), so an odd row of replications.csv can be looked at in detail.
/// </summary>
internal static class TraceCommand
{
    public static Command Create(CommandIO io)
    {
        var file = CommonOptions.ScenarioFile();
        var variant = new Option<string>("--variant") { Description = "The variant to trace.", DefaultValueFactory = _ => VariantSelection.Baseline,
            HelpName = "NAME" };
        var replication = new Option<long>("--replication") { Description = "The replication index to trace, as in replications.csv.",
            DefaultValueFactory = _ => 0, HelpName = "K" };
        replication.Validators.Add(result =>
        {
            if (CommonOptions.Converted<long>(result) is < 0)
            {
                result.AddError("--replication must be 0 or more.");
            }
        });
        var seed = CommonOptions.Seed();
        var output = new Option<string?>("--out") { Description = "The trace directory (default: results/<scenario name>/trace-<variant>-<K>/).",
            HelpName = "DIR" };
        var quiet = CommonOptions.Quiet();
        var noPng = CommonOptions.NoPng();
        var command = new Command("trace", "Trace one replication: its events, power and stock levels, and timeline charts.")
        {
            file, variant, replication, seed, output, quiet, noPng,
        };
        command.SetAction(parse =>
        {
            var scenarios = ScenarioLoader.Load(parse.GetRequiredValue(file));
            var name = parse.GetRequiredValue(variant);
            var chosen = VariantSelection.Select(scenarios, name == VariantSelection.Baseline ? [] : [name], all: false)[^1];
            var k = parse.GetValue(replication);
            var directory = parse.GetValue(output) ?? Path.Combine(OutputDirectory.Default(scenarios.Baseline.Name), $"trace-{chosen.Name}-{k}");
            var scenario = chosen.Scenario;

            var trace = new TraceRecorder();
            var result = PlantSimulation.Run(scenario, new RandomStreams(parse.GetValue(seed), k), trace);
            var timelines = TraceTimelines.Plot(scenario, trace, $"{scenario.Name}, {chosen.Name}, replication {k}");
            var written = OutputDirectory.WriteInto(directory,
                () => TraceFiles.Write(directory, scenario.Horizon.Start.ToDateTime(TimeOnly.MinValue), trace, timelines, !parse.GetValue(noPng)));
            if (!parse.GetValue(quiet))
            {
                var metrics = ReplicationMetrics.Of(result, PlantLabels.Of(scenario));
                var perMonth = metrics.DeliveriesPerDestinationMonth is { } m ? string.Create(CultureInfo.InvariantCulture, $"{m:0.##}") : "n/a";
                // Produced and spoiled sum over products: in their unit when they share one.
                var unit = scenario.Products.Select(p => p.Unit).Distinct().ToArray() is [var only] ? only : "units of product";
                io.Output.WriteLine($"{scenario.Name}, {chosen.Name}, replication {k}: {metrics.Deliveries} deliveries ({perMonth} per destination-month), " +
                    $"{TraceNames.Quantity(metrics.Produced, unit)} produced, {TraceNames.Quantity(metrics.Spoiled, unit)} spoiled, " +
                    $"{metrics.BatchesLost} batches lost, {trace.Events.Count} events traced.");
                io.Output.WriteLine($"Trace: {Path.GetFullPath(directory)} ({string.Join(", ", written)})");
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
