using Shortfall.Engine;
using Shortfall.Randomness;

namespace Shortfall.Benchmarks.Models;

/// <summary>
/// The classic "hold" benchmark of event-list performance: <c>n</c> processes, each waiting an
/// exponentially distributed time again and again, so the schedule always holds n timeouts.
/// </summary>
public sealed class HoldModel
{
    private readonly Simulator _sim;
    private readonly Exponential _hold;
    private readonly RandomStream _random;

    /// <summary>Starts <paramref name="processes"/> holding processes with mean hold time <paramref name="meanHold"/> hours.</summary>
    public HoldModel(Simulator sim, int processes, double meanHold, ulong seed)
    {
        _sim = sim;
        _hold = new Exponential(meanHold);
        _random = new RandomStream(seed);
        for (var i = 0; i < processes; i++)
        {
            sim.Process(Holding());
        }
    }

    /// <summary>How many holds have completed.</summary>
    public long Holds { get; private set; }

    private IEnumerable<Event> Holding()
    {
        while (true)
        {
            yield return _sim.Timeout(_hold.Sample(_random));
            Holds++;
        }
    }
}
