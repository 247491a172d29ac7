using Shortfall.Engine;

namespace Shortfall.Tests.Engine;

/// <summary>
/// A signal tells whether a firing would be heard now, and tells its owner each time something starts listening, before it
/// listens: a source that stops following its changes while no one hears them (the grid) relies on both.
/// </summary>
public class SignalTests
{
    private readonly Simulator _sim = new();

    [Fact]
    public void A_signal_is_heard_from_when_a_wait_listens_or_its_next_firing_is_taken_until_it_fires()
    {
        var signal = new Signal(_sim);
        var heard = new List<(double Time, bool AlreadyHeard)>();
        signal.Listened = () => heard.Add((_sim.Now, signal.IsHeard));
        _sim.Process(Listener());
        _sim.Process(Firer());
        Assert.False(signal.IsHeard);
        _sim.Run();
        // Told twice (the wait at 0 and the taker of Next at 2), each time before the listener was added.
        Assert.Equal([(0.0, false), (2.0, false)], heard);
        Assert.False(signal.IsHeard);

        IEnumerable<Event> Listener()
        {
            var wait = new Wait(_sim);
            yield return wait.For(signal);
            Assert.Equal(1, _sim.Now);
            Assert.False(signal.IsHeard);
            yield return _sim.Timeout(1);
            var next = signal.Next;
            Assert.True(signal.IsHeard);
            yield return next;
            Assert.Equal(3, _sim.Now);
        }

        IEnumerable<Event> Firer()
        {
            Assert.True(signal.IsHeard);
            yield return _sim.Timeout(1);
            signal.Fire();
            yield return _sim.Timeout(2);
            signal.Fire();
        }
    }
}
