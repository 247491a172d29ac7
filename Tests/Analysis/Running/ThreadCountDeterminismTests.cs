using Shortfall.Analysis.Output;
using Shortfall.Analysis.Running;

namespace Shortfall.Tests.Analysis.Running;

public class ThreadCountDeterminismTests
{
    private static Dictionary<string, byte[]> RunWith(int threads)
    {
        // Replications take random times, so on several threads they finish out of order.
        var plant = new FakePlant(0.3, ScrambleMicroseconds: 400);
        var better = plant with { DeliveryProbability = 0.45 };
        var plan = Runs.Plan(new FixedReplications(60), threads,
            plant.Variant("baseline", Runs.Seed), better.Variant("second truck", Runs.Seed, cost: 2.5e6));
        using var directory = new TemporaryDirectory();
        Runs.ToDirectory(plan, directory.Path);
        return directory.Files().ToDictionary(f => f, f => File.ReadAllBytes(directory[f]));
    }

    [Fact]
    public void Every_output_file_is_byte_identical_for_one_two_and_seven_threads()
    {
        var one = RunWith(1);
        Assert.Equal([DestinationMonthsTable.ParquetFileName, DistributionsJson.FileName, ResultsDirectory.ManifestName, MonthsCsv.FileName,
            ReplicationsTable.ParquetFileName, SummaryJson.FileName],
            one.Keys.Order(StringComparer.Ordinal));
        foreach (var threads in new[] { 2, 7 })
        {
            var other = RunWith(threads);
            Assert.Equal(one.Keys.Order(), other.Keys.Order());
            foreach (var (name, bytes) in one)
            {
                Assert.True(bytes.AsSpan().SequenceEqual(other[name]), $"{name} differs between 1 and {threads} threads.");
            }
        }
    }

    [Fact]
    public void Replications_are_aggregated_in_index_order_whatever_finishes_first()
    {
        var plant = new FakePlant(0.3, ScrambleMicroseconds: 400);
        var order = new List<long>();
        var sink = new RecordingSink(order);
        MonteCarloRunner.Run(Runs.Plan(new FixedReplications(50), 4, plant.Variant("baseline", Runs.Seed)), sink);
        Assert.Equal(Enumerable.Range(0, 50).Select(i => (long)i), order);
    }

    private sealed class RecordingSink(List<long> order) : IReplicationSink<long>
    {
        public long Render(long replication, IReadOnlyList<ReplicationMetrics> results) => replication;

        public void Write(long rendered) => order.Add(rendered);
    }
}
