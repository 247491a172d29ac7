using Shortfall.Engine;
using Shortfall.Model.Definition;
using Shortfall.Model.Time;
using Shortfall.Randomness;

namespace Shortfall.Model.Delivery;

/// <summary>All carrier units, their duty calendars and their breakdown clocks.</summary>
internal sealed class Fleet
{
    private readonly DailyWindows[] _duty;
    private readonly RandomStream[] _breakdownRandom;

    public Fleet(Simulator sim, IReadOnlyList<Carrier> kinds, IReadOnlyList<DailyWindows> duty, RandomStreams streams)
    {
        Kinds = kinds;
        _duty = [.. duty];
        _breakdownRandom = new RandomStream[kinds.Count];
        Changed = new Signal(sim);
        var units = new List<CarrierUnit>();
        for (var k = 0; k < kinds.Count; k++)
        {
            _breakdownRandom[k] = streams.Stream($"carrier/{kinds[k].Name}/breakdowns");
            for (var u = 0; u < kinds[k].Count; u++)
            {
                units.Add(new CarrierUnit(k, u, DrawHoursToBreakdown(k)));
            }
        }
        Units = [.. units];
    }

    public IReadOnlyList<Carrier> Kinds { get; }

    /// <summary>Every unit of every kind; an array, as it is scanned at every dispatch decision.</summary>
    public CarrierUnit[] Units { get; }

    /// <summary>Fired when a unit leaves, returns, breaks down or is repaired.</summary>
    public Signal Changed { get; }

    public RandomStream BreakdownRandom(int kind) => _breakdownRandom[kind];

    public bool OnDuty(int kind, double time) => _duty[kind].IsOpen(time);

    public bool IsFree(CarrierUnit unit, double time) => !unit.OnTrip && !unit.Broken && OnDuty(unit.Kind, time);

    public bool AnyFree(double time)
    {
        foreach (var unit in Units)
        {
            if (IsFree(unit, time))
            {
                return true;
            }
        }
        return false;
    }

    public bool Serves(int kind, string destination) => Kinds[kind].Serves.Count == 0 || Kinds[kind].Serves.Contains(destination);

    /// <summary>The next time any carrier's duty starts or ends.</summary>
    public double NextDutyChange(double time)
    {
        var next = double.PositiveInfinity;
        foreach (var duty in _duty)
        {
            next = Math.Min(next, duty.NextChange(time));
        }
        return next;
    }

    public double DrawHoursToBreakdown(int kind) =>
        Kinds[kind].Breakdowns?.Between.SampleDuration(_breakdownRandom[kind]) ?? double.PositiveInfinity;
}
