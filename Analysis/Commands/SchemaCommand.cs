using System.CommandLine;
using Shortfall.Configuration;

namespace Shortfall.Analysis.Commands;

/// <summary><c>shortfall schema</c>: prints the JSON Schema of scenario files, for editors.</summary>
internal static class SchemaCommand
{
    public static Command Create(CommandIO io)
    {
        var command = new Command("schema", "Print the JSON Schema of scenario files (for editor validation and completion).");
        command.SetAction(_ =>
        {
            io.Output.WriteLine(ScenarioJsonSchema.Generate());
            return ExitCodes.Success;
        });
        return command;
    }
}
