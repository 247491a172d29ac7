using Shortfall.Analysis.Batches;
using Shortfall.Analysis.Calibration;
using Shortfall.Analysis.Commands;
using Shortfall.Analysis.Optimisation;
using Shortfall.Analysis.Sharding;
using Shortfall.Configuration;
using Shortfall.Randomness;
using Shortfall.Tests.Configuration;

namespace Shortfall.Tests.Analysis.Commands;

/// <summary>What an array task of calibrate --slurm or optimise --slurm runs, without Slurm: a batch evaluated shard by shard by
/// <c>shortfall evaluate-batch</c> gives the same bits as the command's own model on this machine.</summary>
public sealed class EvaluateBatchCommandTests
{
    private static readonly string Kyongwon = TestFiles.Scenario("kyongwon-technology-office.yaml");

    // Writes the batch, runs every shard as its own evaluate-batch command, and gathers the results as the coordinator does.
    private static TResult[] EvaluateInShards<TPoint, TResult>(TemporaryDirectory directory, IBatchCodec<TPoint, TResult> codec, string scenario,
        string[] settings, TPoint[] points, int shards)
    {
        var batch = directory["points.shortfall-batch"];
        var header = new BatchHeader(ShardFormat.ShortfallVersion, codec.Kind, scenario, ScenarioLoader.Load(scenario).ContentHash, settings, points.Length);
        var identity = BatchFile.Write(batch, header, points, codec);
        for (var k = 1; k <= shards; k++)
        {
            var (exit, _, error) = Cli.Run("evaluate-batch", batch, "--shard", $"{k}/{shards}", "--threads", "2", "--out", directory.Path);
            Assert.True(exit == 0, error);
        }
        var expected = new ResultHeader(ShardFormat.ShortfallVersion, identity, codec.Kind, new Shard(1, shards), points.Length);
        return BatchResults.Collect(directory.Path, expected, shards, codec, _ => "");
    }

    [Fact]
    public void A_calibration_batch_evaluated_in_three_shards_gives_the_bits_of_the_local_model()
    {
        using var directory = new TemporaryDirectory();
        var scenario = ScenarioLoader.Load(Kyongwon);
        var random = new RandomStream(5);
        var points = Enumerable.Range(0, 5)
            .Select(i => new AbcPoint(scenario.Uncertain.Select(u => u.Prior.Sample(random)).ToArray(), AttemptSeeds.Model(5, 1, i))).ToArray();

        var sharded = EvaluateInShards(directory, new AbcPointCodec(), Kyongwon, BatchKinds.CalibrationSettings(2), points, 3);

        var model = new ScenarioModel(File.ReadAllBytes(Kyongwon), Kyongwon, scenario.Uncertain, scenario.Observations, 2);
        for (var i = 0; i < points.Length; i++)
        {
            var local = model.Simulate(points[i].Parameters, points[i].Seed);
            Assert.Equal(local.Distances.Select(BitConverter.DoubleToInt64Bits), sharded[i].Distances.Select(BitConverter.DoubleToInt64Bits));
            Assert.Equal(local.Statistics.Select(BitConverter.DoubleToInt64Bits), sharded[i].Statistics.Select(BitConverter.DoubleToInt64Bits));
        }
    }

    [Fact]
    public void An_optimisation_batch_evaluated_in_two_shards_gives_the_bits_of_the_local_model()
    {
        using var directory = new TemporaryDirectory();
        var scenario = ScenarioLoader.Load(Cli.Onsong);
        var levers = OptimiseCommand.Levers(scenario);
        var objective = Objectives.Default(scenario.Baseline.Destinations.Count);
        var portfolios = Enumerable.Range(-1, 3).Select(l => new Portfolio(levers.Select((_, i) => i == l ? 1 : 0).ToArray(), l < 0 ? 0 : levers[l].UnitCost))
            .ToArray();
        var points = portfolios.SelectMany(p => new[] { new PortfolioReplication(p, 0), new PortfolioReplication(p, 3) }).ToArray();

        var sharded = EvaluateInShards(directory, new PortfolioReplicationCodec(), Cli.Onsong, BatchKinds.OptimisationSettings(objective, 9), points, 2);

        var model = new ScenarioPortfolioModel(Cli.Onsong, levers, objective, 9);
        model.Prepare(portfolios);
        Assert.Equal(points.Select(p => BitConverter.DoubleToInt64Bits(model.Simulate(p.Portfolio, p.Replication))),
            sharded.Select(BitConverter.DoubleToInt64Bits));
    }

    [Fact]
    public void A_batch_whose_scenario_changed_since_it_was_written_is_refused_and_writes_nothing()
    {
        using var directory = new TemporaryDirectory();
        var scenario = directory["office.yaml"];
        File.Copy(Kyongwon, scenario);
        var header = new BatchHeader(ShardFormat.ShortfallVersion, "calibrate", scenario, ScenarioLoader.Load(scenario).ContentHash,
            BatchKinds.CalibrationSettings(1), 1);
        var batch = directory["points.shortfall-batch"];
        BatchFile.Write(batch, header, [new AbcPoint(ScenarioLoader.Load(scenario).Uncertain.Select(u => u.Prior.Sample(new RandomStream(1))).ToArray(), 1)],
            new AbcPointCodec());
        File.AppendAllText(scenario, "\n# edited after the batch was written\n");

        var (exit, _, error) = Cli.Run("evaluate-batch", batch, "--shard", "1/1", "--out", directory.Path);

        Assert.Equal(2, exit);
        Assert.Contains($"{scenario}: changed since the batch was written", error);
        Assert.Empty(Directory.GetFiles(directory.Path, "*" + BatchFormat.Results.Extension));
    }

    private static string[] Command(string name) => name == "calibrate" ? [name, Kyongwon] : [name, Cli.Onsong, "--budget", "2500000 won"];

    [Theory]
    [InlineData("calibrate", "--tasks", "2")]
    [InlineData("calibrate", "--partition", "long")]
    [InlineData("optimise", "--time", "01:00:00")]
    public void A_slurm_option_without_slurm_is_refused(string command, string option, string value)
    {
        var (exit, _, error) = Cli.Run([.. Command(command), option, value]);

        Assert.Equal(2, exit);
        Assert.Contains($"{option} need --slurm", error);
    }

    [Theory]
    [InlineData("calibrate")]
    [InlineData("optimise")]
    public void Slurm_without_tasks_is_refused(string command)
    {
        using var directory = new TemporaryDirectory();
        var (exit, _, error) = Cli.Run([.. Command(command), "--slurm", "--out", directory["out"]]);

        Assert.Equal(2, exit);
        Assert.Contains("--slurm needs --tasks T", error);
        Assert.False(Directory.Exists(directory["out"]));
    }
}
