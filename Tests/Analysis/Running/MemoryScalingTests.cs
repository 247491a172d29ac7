using Shortfall.Analysis.Running;

namespace Shortfall.Tests.Analysis.Running;

/// <summary>Runs alone: it reads the size of the whole process's heap.</summary>
[CollectionDefinition(nameof(MemoryScalingTests), DisableParallelization = true)]
public sealed class MemoryScalingCollection;

[Collection(nameof(MemoryScalingTests))]
public class MemoryScalingTests
{
    [Fact]
    public void A_hundred_thousand_replications_keep_no_more_memory_than_a_thousand()
    {
        // Kept per replication, the metrics alone would take about 100 MB here; aggregated as
        // they arrive they take nothing more, so a megabyte covers the runtime's own noise.
        var plant = new FakePlant(0.5, Destinations: 1, Months: 2, Days: 3);
        var variant = new RunVariant("baseline", null, plant.Labels(new DateOnly(2021, 1, 1)), k => plant.Replicate(Runs.Seed, k));
        long atThousand = 0, atEnd = 0;
        var outcome = MonteCarloRunner.Run(Runs.Plan(new FixedReplications(100_000), 2, variant), DiscardingSink.Instance, count =>
        {
            if (count == 1_000)
            {
                atThousand = GC.GetTotalMemory(forceFullCollection: true);
            }
            else if (count == 100_000)
            {
                atEnd = GC.GetTotalMemory(forceFullCollection: true);
            }
        });
        Assert.Equal(100_000, outcome.Replications);
        Assert.True(atEnd - atThousand < 1 << 20, $"the heap grew by {atEnd - atThousand:N0} bytes from 1,000 to 100,000 replications");
    }
}
