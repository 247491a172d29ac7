using System.CommandLine;
using Shortfall.Analysis.Running;
using Shortfall.Analysis.Sharding;

namespace Shortfall.Analysis.Commands;

/// <summary>
/// <c>shortfall merge PART... --out DIR</c>: checks that the shard files in the given directories
/// (or the given files) are every shard of one run, each once and intact, then replays them into
/// the files an unsharded <c>shortfall run</c> writes, byte for byte. Any problem is refused
/// (exit 2) before anything is written, with a message naming the file or shard.
/// </summary>
internal static class MergeCommand
{
    public static Command Create(CommandIO io)
    {
        var parts = new Argument<string[]>("PART")
        {
            Description = "Directories holding shard files (shard-K-of-N.shortfall-shard), or shard files.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out") { Description = "The results directory.", HelpName = "DIR", Required = true };
        var quiet = CommonOptions.Quiet();
        var noReport = CommonOptions.NoReport();
        var noPng = CommonOptions.NoPng();
        var format = CommonOptions.Format();
        var command = new Command("merge", "Merge the shards of a run or a sweep (--shard K/N) into its results, identical to an unsharded one.")
        {
            parts, output, quiet, noReport, noPng, format,
        };
        command.SetAction(parse =>
        {
            try
            {
                var shards = ShardSet.Check(parse.GetRequiredValue(parts));
                if (shards.Header.Sweep is { } sweep)
                {
                    var (mode, inputs, design) = SweepCommand.Design(sweep, shards.Header.Seed);
                    return SweepResults.Write(io, shards.Run, mode, inputs, design, parse.GetRequiredValue(output), parse.GetValue(quiet),
                        !parse.GetValue(noReport), !parse.GetValue(noPng),
                        progress => shards.Replay(DiscardingSink.Instance, progress, io.Cancellation));
                }
                return RunResults.Write(io, shards.Variants, shards.Run, parse.GetRequiredValue(output), parse.GetValue(quiet), !parse.GetValue(noReport),
                    !parse.GetValue(noPng), parse.GetValue(format), (files, progress) => shards.Replay(files, progress, io.Cancellation));
            }
            catch (ShardException e)
            {
                throw new UsageException(e.Message);
            }
        });
        return command;
    }
}
