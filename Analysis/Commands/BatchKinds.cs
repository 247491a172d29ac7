using System.Globalization;
using Shortfall.Analysis.Batches;
using Shortfall.Analysis.Calibration;
using Shortfall.Analysis.Optimisation;
using Shortfall.Analysis.Sharding;
using Shortfall.Configuration;
using Shortfall.Model.Definition;

namespace Shortfall.Analysis.Commands;

/// <summary>
/// What an array task does with its shard of a batch, by the batch's kind: rebuilds the model the command that wrote the batch
/// simulates with (from the scenario file, refused if it changed since, and the batch's settings), evaluates its points on this node's
/// threads, and writes their results. The same model code as the command's own, on the same points, so the same bits.
/// </summary>
internal static class BatchKinds
{
    /// <summary>The settings of a calibration's batches.</summary>
    public static string[] CalibrationSettings(int replicationsPerPoint) =>
        [string.Create(CultureInfo.InvariantCulture, $"replications-per-point={replicationsPerPoint}")];

    /// <summary>The settings of an optimisation's batches.</summary>
    public static string[] OptimisationSettings(Objective objective, ulong seed) =>
        [$"objective={objective.Name}", string.Create(CultureInfo.InvariantCulture, $"seed={seed}")];

    /// <summary>Evaluates shard <paramref name="shard"/> of the batch in <paramref name="path"/> into <paramref name="directory"/>.</summary>
    /// <returns>The result file's path.</returns>
    /// <exception cref="UsageException">When the batch is damaged, of another build or kind, its scenario changed, or it has fewer points than shards.
    /// </exception>
    public static string Evaluate(string path, Shard shard, int threads, string directory, CancellationToken cancellation)
    {
        try
        {
            var header = BatchFile.ReadHeader(path);
            if (header.ShortfallVersion != ShardFormat.ShortfallVersion)
            {
                throw new UsageException($"{path}: written by shortfall {header.ShortfallVersion}; this is {ShardFormat.ShortfallVersion}. Run the " +
                    "batch with the build that wrote it.");
            }
            return header.Kind switch
            {
                "calibrate" => Run(path, new AbcPointCodec(), Calibration, shard, threads, directory, cancellation),
                "optimise" => Run(path, new PortfolioReplicationCodec(), Optimisation, shard, threads, directory, cancellation),
                _ => throw new UsageException($"{path}: a batch of kind '{header.Kind}', which this shortfall does not know."),
            };
        }
        catch (Exception e) when (e is ShardException or InvalidDataException or FormatException)
        {
            throw new UsageException(e is ShardException ? e.Message : $"{path}: {e.Message}");
        }
    }

    private static string Run<TPoint, TResult>(string path, IBatchCodec<TPoint, TResult> codec,
        Func<BatchHeader, int, IEvaluator<TPoint, TResult>> model, Shard shard, int threads, string directory, CancellationToken cancellation)
    {
        var (header, points, identity) = BatchFile.Read(path, codec);
        if (points.Length < shard.Count)
        {
            throw new UsageException($"{path}: {points.Length} points cannot be split into {shard.Count} shards.");
        }
        var (first, count) = shard.Range(points.Length);
        var results = model(header, threads).Evaluate(points[(int)first..(int)(first + count)], cancellation);
        return ResultFile.Write(directory, new ResultHeader(ShardFormat.ShortfallVersion, identity, codec.Kind, shard, points.Length), results, codec);
    }

    private static IEvaluator<AbcPoint, SimulatedPoint> Calibration(BatchHeader header, int threads)
    {
        var (content, scenario) = Scenario(header);
        var perPoint = int.Parse(header.Setting("replications-per-point"), NumberStyles.None, CultureInfo.InvariantCulture);
        var model = new ScenarioModel(content, header.Scenario, scenario.Uncertain, scenario.Observations, perPoint);
        return new LocalEvaluator<AbcPoint, SimulatedPoint>(p => model.Simulate(p.Parameters, p.Seed), threads);
    }

    private static IEvaluator<PortfolioReplication, double> Optimisation(BatchHeader header, int threads)
    {
        var (_, scenario) = Scenario(header);
        var objective = Objectives.Find(header.Setting("objective"))
            ?? throw new InvalidDataException($"the batch's objective '{header.Setting("objective")}' is not one this shortfall knows.");
        var seed = ulong.Parse(header.Setting("seed"), NumberStyles.None, CultureInfo.InvariantCulture);
        var model = new ScenarioPortfolioModel(header.Scenario, OptimiseCommand.Levers(scenario), objective, seed);
        var local = new LocalEvaluator<PortfolioReplication, double>(p => model.Simulate(p.Portfolio, p.Replication), threads);
        return new PreparedEvaluator(model, local);
    }

    // The scenario file the batch names, as it was when the batch was written.
    private static (byte[] Content, ScenarioFile Scenario) Scenario(BatchHeader header)
    {
        var content = File.Exists(header.Scenario) ? File.ReadAllBytes(header.Scenario) : null;
        var scenario = content is null ? ScenarioLoader.Load(header.Scenario) : ScenarioLoader.Load(content, header.Scenario);
        if (scenario.ContentHash != header.ScenarioHash)
        {
            throw new UsageException($"{header.Scenario}: changed since the batch was written (SHA-256 {scenario.ContentHash}, not {header.ScenarioHash}); " +
                "run the command again.");
        }
        return (content!, scenario);
    }

    // A portfolio model builds (and checks) a portfolio's scenario before it simulates it.
    private sealed class PreparedEvaluator(IPortfolioModel model, IEvaluator<PortfolioReplication, double> inner) : IEvaluator<PortfolioReplication, double>
    {
        public int Width => inner.Width;

        public IReadOnlyList<double> Evaluate(IReadOnlyList<PortfolioReplication> points, CancellationToken cancellation)
        {
            model.Prepare(points.Select(p => p.Portfolio).ToArray());
            return inner.Evaluate(points, cancellation);
        }
    }
}
