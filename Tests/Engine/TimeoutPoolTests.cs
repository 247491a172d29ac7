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

    [Fact]
    public void A_timeout_an_interrupt_took_its_process_away_from_returns_to_the_pool_when_it_fires()
    {
        // A worker waits 10 h at a time and is interrupted every 3 h, so every timeout it yields
        // is abandoned. In steady state each interrupt costs its own Interruption event and
        // nothing else: without the pool, each would also leave a Timeout behind.
        var sim = new Simulator();
        var worker = sim.Process(Worker());
        sim.Process(Interrupter());
        sim.Run(until: 300);
        var before = GC.GetAllocatedBytesForCurrentThread();
        sim.Run(until: 3300);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var perInterrupt = allocated / 1000.0;
        var interruption = InterruptionSize();
        Assert.Equal(interruption, perInterrupt);

        IEnumerable<Event> Worker()
        {
            while (true)
            {
                yield return sim.Timeout(10);
                sim.ActiveProcess!.TryTakeInterrupt(out _);
            }
        }

        IEnumerable<Event> Interrupter()
        {
            while (true)
            {
                yield return sim.Timeout(3);
                worker.Interrupt();
            }
        }
    }

    // What one interrupt allocates on its own, measured on a fresh simulator where nothing else allocates.
    private static double InterruptionSize()
    {
        var sim = new Simulator();
        var idle = sim.Process(Idle());
        sim.Run(until: 1);
        var before = GC.GetAllocatedBytesForCurrentThread();
        idle.Interrupt();
        var size = GC.GetAllocatedBytesForCurrentThread() - before;
        return size;

        IEnumerable<Event> Idle()
        {
            while (true)
            {
                yield return sim.Event();
                sim.ActiveProcess!.TryTakeInterrupt(out _);
            }
        }
    }
}
