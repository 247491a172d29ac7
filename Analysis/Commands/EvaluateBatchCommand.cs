using System.CommandLine;
using Shortfall.Analysis.Sharding;

namespace Shortfall.Analysis.Commands;

/// <summary>
/// <c>shortfall evaluate-batch BATCH --shard K/N --out DIR</c>, hidden: what an array task of <c>calibrate --slurm</c> or <c>optimise --slurm</c>
/// runs (<see cref="BatchKinds"/>). It evaluates shard K of the batch's points and writes their result file into DIR, whole or not at all.
/// </summary>
internal static class EvaluateBatchCommand
{
    public static Command Create(CommandIO io)
    {
        var batch = new Argument<string>("BATCH") { Description = "The batch file." };
        var shard = CommonOptions.Shard("Evaluate shard K of N of the batch's points.");
        shard.Required = true;
        var threads = CommonOptions.Threads();
        var output = new Option<string>("--out") { Description = "Where to write the shard's result file.", Required = true, HelpName = "DIR" };
        var command = new Command("evaluate-batch", "Evaluate one shard of a batch of simulation points (what calibrate --slurm's array tasks run).")
        {
            batch, shard, threads, output,
        };
        command.Hidden = true;
        command.SetAction(parse =>
        {
            var written = BatchKinds.Evaluate(parse.GetRequiredValue(batch), Shard.Parse(parse.GetRequiredValue(shard)!), parse.GetValue(threads),
                parse.GetRequiredValue(output), io.Cancellation);
            io.Output.WriteLine($"Wrote {written}");
            return ExitCodes.Success;
        });
        return command;
    }
}
