using Shortfall.Benchmarks.Models;
using Shortfall.Engine;

namespace Shortfall.Tests.Engine;

public class TimeoutPoolTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(1000)]
    public void A_steady_state_timeout_allocates_nothing(int processes)
    {
        var sim = new Simulator();
        var model = new HoldModel(sim, processes, meanHold: 1, seed: 7);
        sim.Run(until: 50); // grow the schedule and the pool to their working size
        var before = GC.GetAllocatedBytesForCurrentThread();
        var holdsBefore = model.Holds;
        sim.Run(until: 150);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(model.Holds - holdsBefore > 90 * processes);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void A_timeout_waited_on_by_a_condition_is_not_reused_while_the_condition_holds_it()
    {
        var sim = new Simulator();
        Shortfall.Engine.Timeout? kept = null;
        sim.Process(Wait());
        sim.Run();
        Assert.NotNull(kept);
        Assert.True(kept.IsProcessed);
        Assert.Equal(3, kept.Delay);

        IEnumerable<Event> Wait()
        {
            kept = sim.Timeout(3);
            yield return kept | sim.Timeout(10);
            for (var i = 0; i < 5; i++)
            {
                yield return sim.Timeout(1); // would reuse `kept` if it had gone back to the pool
            }
        }
    }
}
