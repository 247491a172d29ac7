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
        var holdsBefore = model.Holds;
        var allocated = Allocations.During(() => sim.Run(until: 150));
        Assert.True(model.Holds - holdsBefore > 90 * processes);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void A_timeout_waited_on_by_a_condition_is_not_reused_while_the_condition_holds_it()
    {
        var sim = new Simulator();
        Event? kept = null;
        sim.Process(Wait());
        sim.Run();
        Assert.NotNull(kept);
        Assert.True(kept.IsProcessed);
        Assert.Equal("Timeout(3, Processed)", kept.ToString());

        IEnumerable<Event> Wait()
        {
            kept = sim.Timeout(3); // the pooled event itself, which only the condition keeps out of the pool
            yield return kept | sim.Timeout(10);
            for (var i = 0; i < 5; i++)
            {
                yield return sim.Timeout(1); // would reuse `kept` if it had gone back to the pool
            }
        }
    }

    /// <summary>The trap the pool used to set: a process keeps a timeout it yielded, the timeout goes back to
    /// the pool and another process's <c>Timeout(7)</c> gets it. The kept handle must still say what it
    /// was (3 h, processed), and waiting on it again must continue at once, not 7 h later.</summary>
    [Fact]
    public void A_kept_timeout_does_not_alias_the_timeout_it_is_reused_for()
    {
        var sim = new Simulator();
        var log = new List<string>();
        sim.Process(Keeper());
        sim.Process(Other());
        sim.Run();
        Assert.Equal(["4 kept: 3 h, processed True", "4 waited on it again", "10 other's 7 h"], log);

        IEnumerable<Event> Keeper()
        {
            var kept = sim.Timeout(3);
            yield return kept;
            yield return sim.Timeout(1);
            log.Add($"{sim.Now} kept: {kept.Delay} h, processed {kept.IsProcessed}");
            yield return kept;
            log.Add($"{sim.Now} waited on it again");
        }

        IEnumerable<Event> Other()
        {
            yield return sim.Timeout(3); // processed right after `kept`, which is then back in the pool
            yield return sim.Timeout(7);
            log.Add($"{sim.Now} other's 7 h");
        }
    }

    [Fact]
    public void A_timeout_an_interrupt_took_its_process_away_from_returns_to_the_pool_when_it_fires()
    {
        // A worker waits 10 h at a time and is interrupted every 3 h, so every timeout it yields is abandoned.
        // In steady state an interrupt allocates nothing: its event goes back to a pool once processed, and
        // without the timeout pool each would also leave a Timeout behind. The causes (boxed beforehand) show
        // that a reused interruption carries its own cause, not the one before.
        var sim = new Simulator();
        var causes = Enumerable.Range(0, 1100).Select(i => (object)i).ToArray();
        var taken = new List<object?>();
        var worker = sim.Process(Worker());
        sim.Process(Interrupter());
        sim.Run(until: 300);
        taken.Capacity = 2000;
        var allocated = Allocations.During(() => sim.Run(until: 3300));
        Assert.Equal(0, allocated);
        Assert.Equal(causes.Take(taken.Count), taken);

        IEnumerable<Event> Worker()
        {
            while (true)
            {
                yield return sim.Timeout(10);
                Assert.True(sim.ActiveProcess!.TryTakeInterrupt(out var cause));
                taken.Add(cause);
            }
        }

        IEnumerable<Event> Interrupter()
        {
            for (var i = 0; ; i++)
            {
                yield return sim.Timeout(3);
                worker.Interrupt(causes[i]);
            }
        }
    }
}
