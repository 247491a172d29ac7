using Shortfall.Analysis.Running;

namespace Shortfall.Tests.Analysis.Running;

public class RunnerFailureTests
{
    private static RunVariant Failing(params long[] failAt)
    {
        var plant = new FakePlant(0.3, ScrambleMicroseconds: 300);
        var variant = plant.Variant("night shift", Runs.Seed);
        return variant with
        {
            Replicate = k => failAt.Contains(k) ? throw new InvalidOperationException($"boom at {k}") : plant.Replicate(Runs.Seed, k),
        };
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void The_failure_of_the_lowest_index_is_reported_with_its_variant_whatever_the_threads(int threads)
    {
        var plan = Runs.Plan(new FixedReplications(40), threads, new FakePlant(0.3).Variant("baseline", Runs.Seed), Failing(23, 9));
        var failure = Assert.Throws<ReplicationFailedException>(() => Runs.InMemory(plan));
        Assert.Equal(9, failure.Replication);
        Assert.Equal("night shift", failure.Variant);
        Assert.Contains("boom at 9", failure.Message);
    }

    [Fact]
    public void A_result_for_another_replication_index_is_a_failure()
    {
        var plant = new FakePlant(0.3);
        var variant = plant.Variant("baseline", Runs.Seed) with { Replicate = k => plant.Replicate(Runs.Seed, k + 1) };
        var failure = Assert.Throws<ReplicationFailedException>(() => Runs.InMemory(Runs.Plan(new FixedReplications(3), 1, variant)));
        Assert.Equal(0, failure.Replication);
    }

    [Fact]
    public void Cancelling_stops_the_run()
    {
        using var cancel = new CancellationTokenSource();
        var plan = Runs.Plan(new FixedReplications(1_000_000), 2, new FakePlant(0.3).Variant("baseline", Runs.Seed));
        Assert.ThrowsAny<OperationCanceledException>(() =>
            MonteCarloRunner.Run(plan, DiscardingSink.Instance, progress: n => { if (n == 100) { cancel.Cancel(); } }, cancel.Token));
    }

    [Fact]
    public void Workers_never_run_more_than_a_window_ahead_of_the_slowest_consumer()
    {
        // The consumer is slow; if workers were unbounded they would finish all 3000 replications while it writes a few.
        const int threads = 2;
        long started = -1, written = 0, worstLead = 0;
        var plant = new FakePlant(0.3, Destinations: 1, Months: 1);
        var variant = plant.Variant("baseline", Runs.Seed) with
        {
            Replicate = k =>
            {
                InterlockedMax(ref started, k);
                return plant.Replicate(Runs.Seed, k);
            },
        };
        var sink = new SlowSink(() =>
        {
            worstLead = Math.Max(worstLead, Interlocked.Read(ref started) - written);
            written++;
        });
        MonteCarloRunner.Run(Runs.Plan(new FixedReplications(3000), threads, variant), sink);
        // At most 4 chunks per worker of at most 8 replications are claimed beyond the chunk being written.
        Assert.InRange(worstLead, 1, (4 * threads + 1) * 8);
    }

    private static void InterlockedMax(ref long target, long value)
    {
        var current = Interlocked.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    private sealed class SlowSink(Action written) : IReplicationSink<int>
    {
        public int Render(long replication, IReadOnlyList<ReplicationMetrics> results) => 0;

        public void Write(int rendered)
        {
            Thread.SpinWait(20_000);
            written();
        }
    }
}
