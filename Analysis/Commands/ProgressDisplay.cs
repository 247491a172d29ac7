using System.Diagnostics;
using Spectre.Console;

namespace Shortfall.Analysis.Commands;

/// <summary>
/// Shows how far a run is: a live Spectre.Console progress bar on an interactive terminal, a
/// plain line every few seconds when the error stream is redirected (a log file, CI), nothing
/// when quiet. Always on the error stream, so standard output carries only results.
/// </summary>
internal static class ProgressDisplay
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    /// <summary>Runs <paramref name="work"/>, which reports the number of replications done through the callback it is given.</summary>
    /// <param name="io">The command's streams.</param>
    /// <param name="quiet">True to show nothing.</param>
    /// <param name="description">What is running, e.g. the scenario's name.</param>
    /// <param name="total">The number of replications expected; null when unknown (a precision run), which shows the maximum as the bound.</param>
    /// <param name="maximum">The most replications the run can take.</param>
    /// <param name="work">The run.</param>
    public static T Run<T>(CommandIO io, bool quiet, string description, long? total, long maximum, Func<Action<long>, T> work)
    {
        var bound = total is { } t ? $"/{t}" : $" (at most {maximum})";
        return Staged(io, quiet, description, report => work(done =>
            report(done, total ?? maximum, !io.Interactive ? $"{done}{bound} replications" : total is null ? $"{done} replications" : null)));
    }

    /// <summary>Runs <paramref name="work"/>, which reports (done, out of, what is going on) through the callback it is given; the bound and the
    /// words may change as the work goes (an optimisation's candidates still in play). Null words leave the bar's description as it is.</summary>
    public static T Staged<T>(CommandIO io, bool quiet, string description, Func<Action<long, long, string?>, T> work)
    {
        if (quiet)
        {
            return work((_, _, _) => { });
        }

        if (io.Interactive)
        {
            return Bar(io, description, work);
        }

        return Plain(io, description, work);
    }

    private static T Bar<T>(CommandIO io, string description, Func<Action<long, long, string?>, T> work)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(io.Error) });
        return console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(description), maxValue: 1);
                var result = work((done, bound, status) =>
                {
                    task.MaxValue = Math.Max(1, bound);
                    task.Value = done;
                    if (status is not null)
                    {
                        task.Description = Markup.Escape($"{description}: {status}");
                    }
                });
                task.Value = task.MaxValue;
                return result;
            });
    }

    private static T Plain<T>(CommandIO io, string description, Func<Action<long, long, string?>, T> work)
    {
        var clock = Stopwatch.StartNew();
        var last = TimeSpan.Zero;
        io.Error.WriteLine($"{description}: running");
        var result = work((_, _, status) =>
        {
            if (clock.Elapsed - last < PlainInterval)
            {
                return;
            }

            last = clock.Elapsed;
            io.Error.WriteLine($"{description}: {status}, {clock.Elapsed.TotalSeconds:0} s");
        });
        io.Error.WriteLine($"{description}: done in {clock.Elapsed.TotalSeconds:0.0} s");
        return result;
    }
}
