using System.CommandLine;
using Shortfall.Analysis.Reports;

namespace Shortfall.Analysis.Commands;

/// <summary>
/// <c>shortfall plot DIR</c>: redraws charts/*.svg, charts/*.png and report.html from the files a run or a sweep
/// saved in DIR, without running anything. A missing directory, one another command is writing, or a missing, incomplete
/// or malformed file (checked against manifest.json) is bad input (exit 2, naming the file and the problem) and nothing is written.
/// </summary>
internal static class PlotCommand
{
    public static Command Create(CommandIO io)
    {
        var directory = new Argument<string>("DIR") { Description = "A results directory written by 'shortfall run' or 'shortfall sweep'." };
        var quiet = CommonOptions.Quiet();
        var noPng = CommonOptions.NoPng();
        var command = new Command("plot", "Redraw the charts and report.html of a results directory from its saved files.") { directory, quiet, noPng };
        command.SetAction(parse =>
        {
            var report = Draw(parse.GetRequiredValue(directory), !parse.GetValue(noPng));
            if (!parse.GetValue(quiet))
            {
                io.Output.WriteLine($"Report: {Path.GetFullPath(report)}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    // Writes the charts and the report and returns the report's path; a missing, incomplete or malformed file is the user's to fix.
    private static string Draw(string directory, bool png)
    {
        if (!Directory.Exists(directory))
        {
            throw new UsageException(new ResultsFormatException(directory, "is not a directory").Message);
        }

        using var results = OutputDirectory.Open(directory);
        try
        {
            return OutputDirectory.Report(results, png);
        }
        catch (ResultsFormatException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
