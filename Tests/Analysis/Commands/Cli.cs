using Shortfall.Analysis.Commands;
using Shortfall.Tests.Configuration;

namespace Shortfall.Tests.Analysis.Commands;

/// <summary>Runs the shortfall command line in-process and captures what it prints.</summary>
internal static class Cli
{
    public static readonly string Onsong = TestFiles.Scenario("onsong-milk-plant.yaml");

    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = ShortfallCli.Run(args, new CommandIO(output, error, Interactive: false, CancellationToken.None));
        return (exit, output.ToString(), error.ToString());
    }
}
