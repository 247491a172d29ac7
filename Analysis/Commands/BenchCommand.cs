using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Shortfall.Analysis.Running;
using Shortfall.Configuration;
using Spectre.Console;

namespace Shortfall.Analysis.Commands;

/// <summary>
/// <c>shortfall bench FILE</c>: replications per second and simulation events per second of one
/// variant of a scenario at 1, 2, … N threads, so an analyst sees the throughput and the speed-up
/// on their own machine. Nothing is written to disk.
/// </summary>
internal static class BenchCommand
{
    public static Command Create(CommandIO io)
    {
        var file = CommonOptions.ScenarioFile();
        var replications = CommonOptions.Replications(400,
            "Replications timed at each thread count (enough for a second or more each, so start-up does not dominate).");
        var maxThreads = CommonOptions.Positive(new Option<int>("--max-threads")
        {
            Description = "The largest thread count timed (default: all cores).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        });
        var variant = new Option<string?>("--variant") { Description = "The variant to time (default: the baseline)." };
        var seed = CommonOptions.Seed();
        var command = new Command("bench", "Measure replications and events per second at 1..N threads.") { file, replications, maxThreads, variant, seed };
        command.SetAction(parse =>
        {
            var scenarios = ScenarioLoader.Load(parse.GetRequiredValue(file));
            var name = parse.GetValue(variant);
            var chosen = VariantSelection.Select(scenarios, name is null ? [] : [name], all: false)[^1];
            var runVariant = PlantVariants.From(chosen, parse.GetValue(seed));
            var table = Measure(io, runVariant, parse.GetValue(replications), parse.GetValue(maxThreads));
            Consoles.Over(io.Output, io.Interactive).Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Table Measure(CommandIO io, RunVariant variant, long replications, int maxThreads)
    {
        // One untimed pass first: .NET compiles hot code again, optimised, after a few dozen calls,
        // and the first timing would otherwise pay for that and look slow.
        MonteCarloRunner.Run(new RunPlan([variant], new FixedReplications(replications), maxThreads), DiscardingSink.Instance, cancellation: io.Cancellation);
        var table = new Table()
            .Title(Markup.Escape($"{variant.Name}: {replications} replications per thread count"))
            .AddColumns("threads", "seconds", "replications/s", "events/s", "speed-up");
        double? single = null;
        for (var threads = 1; threads <= maxThreads; threads++)
        {
            var clock = Stopwatch.StartNew();
            var outcome = MonteCarloRunner.Run(new RunPlan([variant], new FixedReplications(replications), threads), DiscardingSink.Instance,
                cancellation: io.Cancellation);
            var seconds = clock.Elapsed.TotalSeconds;
            var rate = outcome.Replications / seconds;
            single ??= rate;
            table.AddRow(
                threads.ToString(CultureInfo.InvariantCulture),
                seconds.ToString("0.00", CultureInfo.InvariantCulture),
                rate.ToString("0.0", CultureInfo.InvariantCulture),
                (outcome.Events / seconds).ToString("N0", CultureInfo.InvariantCulture),
                (rate / single.Value).ToString("0.00", CultureInfo.InvariantCulture) + "×");
        }
        return table;
    }
}
