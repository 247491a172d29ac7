using Spectre.Console;

namespace Shortfall.Analysis.Commands;

/// <summary>Spectre.Console consoles over a command's streams: with colours on a terminal, plain and wide when redirected.</summary>
internal static class Consoles
{
    public static IAnsiConsole Over(TextWriter writer, bool interactive)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive)
        {
            console.Profile.Width = 160;
        }

        return console;
    }
}
