using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using Shortfall.Analysis.Running;
using Shortfall.Configuration;
using Spectre.Console;

namespace Shortfall.Analysis.Commands;

/// <summary>
/// <c>shortfall bench FILE</c>: replications per second and simulation events per second of one
/// variant of a scenario at 1, 2, … N threads, so an analyst sees the throughput and the speed-up
/// on their own machine. The thread counts are timed in turn, round after round, so that a machine
/// whose speed drifts (other work, clock changes) slows all of them alike; each figure is the median
/// of the rounds with their range, and the speed-up is the median of each round's own ratio.
/// Nothing is written to disk.
/// </summary>
internal static class BenchCommand
{
    public static Command Create(CommandIO io)
    {
        var file = CommonOptions.ScenarioFile();
        var replications = CommonOptions.Replications(400,
            "Replications timed at each thread count in each round (enough for a second or more each, so start-up does not dominate).");
        var rounds = CommonOptions.Positive(new Option<int>("--rounds")
        {
            Description = "Rounds of timing every thread count in turn; the figures are their medians and ranges.",
            DefaultValueFactory = _ => 5,
        });
        var maxThreads = CommonOptions.Positive(new Option<int>("--max-threads")
        {
            Description = "The largest thread count timed (default: all cores).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        });
        var variant = new Option<string?>("--variant") { Description = "The variant to time (default: the baseline)." };
        var seed = CommonOptions.Seed();
        var command = new Command("bench", "Measure replications and events per second at 1..N threads.")
        {
            file, replications, rounds, maxThreads, variant, seed,
        };
        command.SetAction(parse =>
        {
            var scenarios = ScenarioLoader.Load(parse.GetRequiredValue(file));
            var name = parse.GetValue(variant);
            var chosen = VariantSelection.Select(scenarios, name is null ? [] : [name], all: false)[^1];
            var runVariant = PlantVariants.From(chosen, parse.GetValue(seed));
            var table = Measure(io, runVariant, parse.GetValue(replications), parse.GetValue(rounds), parse.GetValue(maxThreads));
            Consoles.Over(io.Output, io.Interactive).Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Table Measure(CommandIO io, RunVariant variant, long replications, int rounds, int maxThreads)
    {
        // One untimed pass first: .NET compiles hot code again, optimised, after a few dozen calls,
        // and the first timing would otherwise pay for that and look slow.
        Time(io, variant, replications, maxThreads);
        var perSecond = Enumerable.Range(0, maxThreads).Select(_ => new BenchSpread()).ToArray();
        var eventsPerSecond = Enumerable.Range(0, maxThreads).Select(_ => new BenchSpread()).ToArray();
        var speedUp = Enumerable.Range(0, maxThreads).Select(_ => new BenchSpread()).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            var single = 0.0;
            for (var threads = 1; threads <= maxThreads; threads++)
            {
                var (rate, events) = Time(io, variant, replications, threads);
                single = threads == 1 ? rate : single;
                perSecond[threads - 1].Add(rate);
                eventsPerSecond[threads - 1].Add(events);
                speedUp[threads - 1].Add(rate / single);
            }
        }
        var table = new Table()
            .Title(Markup.Escape($"{variant.Name}: {replications} replications per thread count, {rounds} rounds; median (range)"))
            .Caption(Markup.Escape(Build))
            .AddColumns("threads", "replications/s", "events/s", "speed-up");
        for (var threads = 1; threads <= maxThreads; threads++)
        {
            table.AddRow(
                threads.ToString(CultureInfo.InvariantCulture),
                perSecond[threads - 1].Describe("0.0"),
                eventsPerSecond[threads - 1].Describe("N0"),
                speedUp[threads - 1].Describe("0.00", "×"));
        }
        return table;
    }

    /// <summary>Which kind of build is timed: the same simulation runs about a third slower in steady state compiled ahead of time,
    /// without the profile the just-in-time compiler gathers as it runs (README, Performance, "First run").</summary>
    private static string Build => RuntimeFeature.IsDynamicCodeCompiled
        ? "just-in-time build"
        : "native build (ahead of time): slower once warm than one published with -p:PublishAot=false";

    /// <summary>Runs the replications on <paramref name="threads"/> threads; replications and events per second.</summary>
    private static (double Replications, double Events) Time(CommandIO io, RunVariant variant, long replications, int threads)
    {
        var clock = Stopwatch.StartNew();
        var outcome = MonteCarloRunner.Run(new RunPlan([variant], new FixedReplications(replications), threads), DiscardingSink.Instance,
            cancellation: io.Cancellation);
        var seconds = clock.Elapsed.TotalSeconds;
        return (outcome.Replications / seconds, outcome.Events / seconds);
    }
}
