using BenchmarkDotNet.Attributes;
using Shortfall.Analysis.Output;
using Shortfall.Analysis.Running;

namespace Shortfall.Benchmarks.Analysis;

/// <summary>
/// Writing the two per-replication tables of 100,000 Onsong baseline replications, apart from simulating them: 200 replications are simulated
/// once, and their results are rendered and written again and again (one thread doing both; a run renders on the workers), then the tables
/// are finished (footer, last row group) and the staged files thrown away. Parquet (the default) against CSV. One write takes seconds: run it
/// with <c>--strategy Monitoring --iterationCount 3 --warmupCount 1</c>.
/// </summary>
[MemoryDiagnoser]
public class TableWriterBenchmark
{
    private const int Simulated = 200;
    private readonly List<IReadOnlyList<ReplicationMetrics>> _results = [];
    private RunVariant _baseline = null!;
    private RunOutcome _outcome = null!;
    private string _directory = null!;

    [Params(100_000)]
    public int Replications { get; set; } = 100_000;

    [Params(TableFormat.Parquet, TableFormat.Csv)]
    public TableFormat Format { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _baseline = RepositoryFiles.OnsongBaseline();
        _outcome = MonteCarloRunner.Run(new RunPlan([_baseline], new FixedReplications(Simulated), 2), new Collecting(_results));
        _directory = Directory.CreateTempSubdirectory("shortfall-table-writer-").FullName;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    /// <summary>Renders and writes <see cref="Replications"/> replications' rows and finishes both tables.</summary>
    [Benchmark]
    public void Write()
    {
        using var results = ResultsDirectory.Open(_directory);
        var files = new RunFiles(results, [_baseline], Format);
        for (var k = 0; k < Replications; k++)
        {
            files.Write(files.Render(k, _results[k % Simulated]));
        }
        files.Stage(new RunDescription("Onsong milk plant", "benchmark", 1, new FixedReplications(Replications)) { Currency = "won" }, _outcome);
    }

    private sealed class Collecting(List<IReadOnlyList<ReplicationMetrics>> into) : IReplicationSink<IReadOnlyList<ReplicationMetrics>>
    {
        public IReadOnlyList<ReplicationMetrics> Render(long replication, IReadOnlyList<ReplicationMetrics> results) => results;

        public void Write(IReadOnlyList<ReplicationMetrics> rendered) => into.Add(rendered);
    }
}
