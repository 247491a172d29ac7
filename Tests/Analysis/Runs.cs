using Shortfall.Analysis.Output;
using Shortfall.Analysis.Running;

namespace Shortfall.Tests.Analysis;

/// <summary>Runs a plan the way <c>shortfall run</c> does, into a directory.</summary>
internal static class Runs
{
    public const ulong Seed = 20211104;

    public static RunOutcome ToDirectory(RunPlan plan, string directory, TableFormat format = TableFormat.Parquet)
    {
        using var results = ResultsDirectory.Open(directory);
        var files = new RunFiles(results, plan.Variants, format);
        var outcome = MonteCarloRunner.Run(plan, files);
        results.Commit(files.Stage(new RunDescription("fake plant", "0123abcd", Seed, plan.Stopping) { Currency = "won" }, outcome));
        return outcome;
    }

    public static RunOutcome InMemory(RunPlan plan) => MonteCarloRunner.Run(plan, DiscardingSink.Instance);

    public static RunPlan Plan(StoppingRule stopping, int threads, params RunVariant[] variants) => new(variants, stopping, threads);
}
