using System.Globalization;
using Shortfall.Analysis.Output;
using Shortfall.Analysis.Running;
using Shortfall.Analysis.Sharding;

namespace Shortfall.Analysis.Commands;

/// <summary><c>shortfall run FILE --shard K/N</c> (and <c>shortfall sweep … --shard K/N</c>): runs shard K's block of the replications and writes its shard
/// file, whole or not at all.</summary>
internal static class ShardRun
{
    /// <summary>Runs the replications of <paramref name="shard"/> of the run <paramref name="plan"/> describes (a fixed number of replications) into <paramref
    /// name="directory"/>; <paramref name="sweep"/> marks the shard of a sweep.</summary>
    /// <exception cref="UsageException">When there are fewer replications than shards.</exception>
    public static int Execute(CommandIO io, RunPlan plan, RunDescription run, Shard shard, string directory, bool quiet, SweepSpecification? sweep = null)
    {
        var replications = ((FixedReplications)run.Stopping).Replications;
        if (replications < shard.Count)
        {
            throw new UsageException($"--shard {shard}: {replications} replications cannot be split into {shard.Count} shards; give at least as many " +
                $"replications as shards.");
        }

        var header = new ShardHeader(ShardFormat.ShortfallVersion, run.Scenario, run.ScenarioHash, run.Currency, run.MaterialUnits, run.ProductUnits, run.Seed,
            replications, shard,
            plan.Variants.Select(v => ShardVariant.Of(v, run)).ToArray(), sweep);
        var part = plan with { Stopping = new FixedReplications(header.Count), FirstReplication = header.First };
        var description = $"{run.Scenario} shard {shard}";
        var path = OutputDirectory.WriteInto(directory, () =>
        {
            using var writer = new ShardWriter(directory, header);
            ProgressDisplay.Run(io, quiet, description, header.Count, header.Count, progress => MonteCarloRunner.Run(part, writer, progress, io.Cancellation));
            writer.Commit();
            return writer.Path;
        });
        if (!quiet)
        {
            var last = header.First + header.Count - 1;
            io.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Shard {shard}: replications {header.First}–{last} of {replications}, {new FileInfo(path).Length} bytes: {path}"));
        }
        return ExitCodes.Success;
    }
}
