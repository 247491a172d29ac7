using Shortfall.Tests.Analysis;
using Shortfall.Tests.Analysis.Commands;

namespace Shortfall.Tests.Reports;

/// <summary>One <c>shortfall run</c> of the reference scenario with every remedy, shared by the tests of a class.</summary>
public sealed class OnsongRunFixture : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public OnsongRunFixture()
    {
        var (exit, output, error) = Cli.Run("run", Cli.Onsong, "--all-variants", "--replications", "5", "--seed", "11", "--out", _directory.Path);
        if (exit != 0)
        {
            throw new InvalidOperationException($"shortfall run failed ({exit}): {error}");
        }

        Output = output;
    }

    /// <summary>The results directory.</summary>
    public string Directory => _directory.Path;

    /// <summary>What the run printed.</summary>
    public string Output { get; }

    public void Dispose() => _directory.Dispose();
}
