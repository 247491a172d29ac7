using System.Text;
using Shortfall.Configuration;
using Shortfall.Model;
using Shortfall.Model.Tracing;
using Shortfall.Randomness;
using Shortfall.Analysis.Tracing;
using Shortfall.Tests.Configuration;

namespace Shortfall.Tests.Analysis.Commands;

/// <summary>A sweep varies a distribution's parameter, not the distribution: with the grid scheduled all day, outages
/// form an alternating renewal process, so a month of T hours holds about T / (E[up] + E[down]) of them whatever
/// the mean up-time the sweep sets.</summary>
public class SweepDistributionTests
{
    // The grid scheduled all day, so that only outages take it away.
    private static readonly string Plant = SmallPlant.Yaml.Replace("\"08:00-12:00\"", "\"00:00-24:00\"", StringComparison.Ordinal);

    [Theory]
    [InlineData("2 h", 2.0)]
    [InlineData("6 h", 6.0)]
    public void Sweeping_the_mean_up_time_gives_the_renewal_rate_of_outages(string value, double meanUp)
    {
        using var directory = new TemporaryDirectory();
        var path = Path.Combine(directory.Path, "plant.yaml");
        File.WriteAllText(path, Plant, Encoding.UTF8);
        var point = new ScenarioOverride("point", [("power.outages.up.mean", value)]) { NumbersOnly = true };
        var scenario = Assert.Single(ScenarioLoader.Load(path, [point]).Variants).Scenario;

        const int replications = 200;
        var hours = scenario.Horizon.Hours;
        var counts = Enumerable.Range(0, replications).Select(k =>
        {
            var trace = new TraceRecorder();
            PlantSimulation.Run(scenario, new RandomStreams(7, k), trace);
            return (double)trace.Levels.Count(l => l.Series == TraceNames.Grid && l.Value == 0);
        }).ToArray();

        // Expected outages: T / (E[up] + E[down]), up to the renewal process's start-up term (below one cycle).
        var expected = hours / (meanUp + 1.0);
        var mean = counts.Average();
        var sd = Math.Sqrt(counts.Sum(c => (c - mean) * (c - mean)) / (replications - 1));
        Assert.InRange(mean, expected - 4 * sd / Math.Sqrt(replications) - 1, expected + 4 * sd / Math.Sqrt(replications) + 1);
    }

    [Fact]
    public void A_sweep_of_a_whole_distribution_is_refused_once_naming_the_parameter_to_use_and_writes_nothing()
    {
        using var directory = new TemporaryDirectory();
        var (exit, _, error) = Cli.Run("sweep", Cli.Onsong, "--param", "power.outages.up=2 h:6 h", "--replications", "2", "--out", directory.Path);

        Assert.Equal(2, exit);
        Assert.Single(error.Split('\n'), line => line.StartsWith("--param power.outages.up:", StringComparison.Ordinal));
        Assert.Contains("'power.outages.up.mean'", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(directory.Path));
    }
}
