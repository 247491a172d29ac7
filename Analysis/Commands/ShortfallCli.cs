using System.CommandLine;
using Shortfall.Analysis.Running;
using Shortfall.Configuration;

namespace Shortfall.Analysis.Commands;

/// <summary>
/// The <c>shortfall</c> command line: parses the arguments, runs the command, and turns every
/// failure into a message and an exit code (<see cref="ExitCodes"/>): bad input gives 2 and one
/// clear message per problem, never a stack trace; an internal error gives 1, with the stack
/// trace only under <c>--verbose</c>.
/// </summary>
public static class ShortfallCli
{
    private static readonly (string Name, Func<CommandIO, Command> Create)[] Commands =
    [
        ("run", RunCommand.Create),
        ("sweep", SweepCommand.Create),
        ("calibrate", CalibrateCommand.Create),
        ("optimise", OptimiseCommand.Create),
        ("plot", PlotCommand.Create),
        ("merge", MergeCommand.Create),
        ("slurm", SlurmCommand.Create),
        ("evaluate-batch", EvaluateBatchCommand.Create),
        ("bench", BenchCommand.Create),
        ("trace", TraceCommand.Create),
        ("validate", ValidateCommand.Create),
        ("schema", SchemaCommand.Create),
    ];

    /// <summary>Runs the command line <paramref name="args"/>.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="io">Where to write, and what cancels the command.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, CommandIO io)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(io);
        var verbose = new Option<bool>("--verbose") { Description = "Show the stack trace of an internal error.", Recursive = true };
        var root = new RootCommand("Shortfall: Monte Carlo simulation of a plant's output under shortages.");
        // Only the command named is built (each costs compiling its set-up at start-up); help and mistakes see them all.
        var named = args.Length > 0 ? Commands.Where(c => c.Name == args[0]).ToArray() : [];
        foreach (var (_, create) in named.Length == 1 ? named : Commands)
        {
            root.Subcommands.Add(create(io));
        }
        root.Options.Add(verbose);

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                io.Error.WriteLine($"shortfall: {ParseErrorText.Plain(error.Message)}");
            }

            io.Error.WriteLine("Try 'shortfall --help'.");
            return ExitCodes.BadInput;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = io.Output, Error = io.Error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            io.Error.WriteLine($"shortfall: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (ScenarioException e)
        {
            foreach (var diagnostic in e.Diagnostics)
            {
                io.Error.WriteLine(diagnostic);
            }

            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException) when (io.Cancellation.IsCancellationRequested)
        {
            io.Error.WriteLine("shortfall: cancelled; no results were written.");
            return ExitCodes.Cancelled;
        }
        catch (Exception e)
        {
            var failure = e is ReplicationFailedException ? e.Message : $"internal error: {e.Message}";
            io.Error.WriteLine($"shortfall: {failure}");
            io.Error.WriteLine(parsed.GetValue(verbose) ? e.ToString() : "Run again with --verbose for the stack trace.");
            return ExitCodes.InternalError;
        }
    }
}
