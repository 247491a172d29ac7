using System.Diagnostics;
using System.Globalization;
using Shortfall.Analysis.Running;

namespace Shortfall.Analysis.Commands;

/// <summary>
/// Says how long a large run will take before it starts: the first two replications are timed (their results discarded; the run
/// proper computes them again, so its bytes are unchanged) and scaled to the whole run over the threads. A run estimated above
/// <see cref="Refused"/> is refused unless forced, so that a slip like <c>--replications 1000000000000</c> costs a second, not days.
/// </summary>
internal static class RunEstimate
{
    /// <summary>Runs with fewer replications of all variants together than this start at once: they take minutes at most.</summary>
    public const long Timed = 10_000;

    /// <summary>The longest run started without <c>--force</c>.</summary>
    public static readonly TimeSpan Refused = TimeSpan.FromHours(24);

    private const long Pilot = 2;

    /// <summary>Times a pilot of a large fixed run and prints the estimate on the error stream; refuses one above <see cref="Refused"/>.</summary>
    /// <exception cref="UsageException">When the estimate is above <see cref="Refused"/> and <paramref name="force"/> is false.</exception>
    public static void Check(CommandIO io, RunPlan plan, bool force, bool quiet)
    {
        if (plan.Stopping is not FixedReplications { Replications: var replications } || replications * plan.Variants.Count < Timed)
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        MonteCarloRunner.Run(plan with { Stopping = new FixedReplications(Pilot), Threads = 1 }, DiscardingSink.Instance, null, io.Cancellation);
        var threads = Math.Max(1, Math.Min(plan.Threads, Environment.ProcessorCount));
        var estimate = TimeSpan.FromSeconds(clock.Elapsed.TotalSeconds / Pilot * replications / threads);
        var variants = plan.Variants.Count == 1 ? "1 variant" : $"{plan.Variants.Count} variants";
        var text = $"estimated time {Describe(estimate)} for {replications} replications of {variants} (from {Pilot} timed replications)";
        if (estimate > Refused && !force)
        {
            throw new UsageException($"{text}; give --force to run it anyway, or fewer --replications.");
        }

        if (!quiet)
        {
            io.Error.WriteLine($"shortfall: {text}.");
        }
    }

    private static string Describe(TimeSpan time) => time.TotalDays >= 365
        ? string.Create(CultureInfo.InvariantCulture, $"{time.TotalDays / 365.25:0.#} years")
        : time.TotalHours >= 24
            ? string.Create(CultureInfo.InvariantCulture, $"{time.TotalDays:0.#} days")
            : string.Create(CultureInfo.InvariantCulture, $"{time.TotalMinutes:0} minutes");
}
