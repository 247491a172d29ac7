using System.CommandLine;
using Shortfall.Configuration;

namespace Shortfall.Analysis.Commands;

/// <summary><c>shortfall validate FILE...</c>: loads each scenario file and reports every problem of every file as <c>file:line:col: path: message</c>; exit 0
/// only when all are valid.</summary>
internal static class ValidateCommand
{
    public static Command Create(CommandIO io)
    {
        var files = new Argument<string[]>("FILE") { Description = "Scenario files to check.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", "Check scenario files and report every problem in them.") { files };
        command.SetAction(parse =>
        {
            var valid = true;
            foreach (var path in parse.GetRequiredValue(files))
            {
                try
                {
                    var loaded = ScenarioLoader.Load(path);
                    io.Output.WriteLine($"{path}: valid, baseline and {loaded.Variants.Count} variant{(loaded.Variants.Count == 1 ? "" : "s")}");
                }
                catch (ScenarioException e)
                {
                    valid = false;
                    foreach (var diagnostic in e.Diagnostics)
                    {
                        io.Error.WriteLine(diagnostic);
                    }
                }
            }
            return valid ? ExitCodes.Success : ExitCodes.BadInput;
        });
        return command;
    }
}
