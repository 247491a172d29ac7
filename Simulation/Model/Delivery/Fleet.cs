using Shortfall.Engine;
using Shortfall.Engine.Resources;
using Shortfall.Model.Definition;
using Shortfall.Model.Time;
using Shortfall.Randomness;

namespace Shortfall.Model.Delivery;

/// <summary>
/// All carrier units, their duty calendars and their breakdown clocks. The units at the plant wait in a
/// yard, a kernel <see cref="Store{T}"/>: a trip takes its unit out and puts it back when it is home and,
/// after a breakdown, repaired. Breakdowns come from hours driven, so the trip that drives holds the unit
/// through its repair rather than a separate process preempting it.
/// </summary>
internal sealed class Fleet
{
    private readonly DailyWindows[] _duty;
    private readonly RandomStream[] _breakdownRandom;
    private readonly bool[,] _serves;
    private readonly Store<CarrierUnit> _yard;
    private readonly int[] _fuelMaterial;

    /// <param name="sim">The simulator.</param>
    /// <param name="kinds">The carrier kinds.</param>
    /// <param name="duty">Each kind's duty hours.</param>
    /// <param name="destinations">The destinations, in the order the model indexes them.</param>
    /// <param name="materialIndex">The index of each material by name, to find each kind's fuel.</param>
    /// <param name="streams">The replication's random streams.</param>
    public Fleet(Simulator sim, IReadOnlyList<Carrier> kinds, IReadOnlyList<DailyWindows> duty, IReadOnlyList<Destination> destinations,
        IReadOnlyDictionary<string, int> materialIndex, RandomStreams streams)
    {
        Kinds = kinds.ToArray();
        _duty = [.. duty];
        _serves = new bool[kinds.Count, destinations.Count];
        _fuelMaterial = new int[kinds.Count];
        for (var k = 0; k < kinds.Count; k++)
        {
            for (var d = 0; d < destinations.Count; d++)
            {
                _serves[k, d] = kinds[k].Serves.Count == 0 || kinds[k].Serves.Contains(destinations[d].Name);
            }
            _fuelMaterial[k] = kinds[k].Fuel is { } fuel ? materialIndex[fuel.Material] : 0;
        }
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
        _yard = new Store<CarrierUnit>(sim);
        foreach (var unit in Units)
        {
            _yard.PutNow(unit);
        }
    }

    /// <summary>The carrier kinds; an array, as the dispatcher reads them for every destination at every decision.</summary>
    public Carrier[] Kinds { get; }

    /// <summary>Every unit of every kind; an array, as it is scanned at every dispatch decision.</summary>
    public CarrierUnit[] Units { get; }

    /// <summary>Fired when a unit leaves, returns, breaks down or is repaired.</summary>
    public Signal Changed { get; }

    public RandomStream BreakdownRandom(int kind) => _breakdownRandom[kind];

    public bool OnDuty(int kind, double time) => _duty[kind].IsOpen(time);

    /// <summary>True when the unit is in the yard (not on a trip, nor broken down on one) and on duty.</summary>
    public bool IsFree(CarrierUnit unit, double time) => OnDuty(unit.Kind, time) && InYard(unit);

    /// <summary>True when the unit is in the yard: not on a trip, nor broken down on one.</summary>
    public bool InYard(CarrierUnit unit) => _yard.Contains(unit);

    /// <summary>Takes a unit in the yard out for a trip.</summary>
    /// <exception cref="InvalidOperationException">When the unit is not in the yard.</exception>
    public void Leave(CarrierUnit unit)
    {
        if (!_yard.Remove(unit))
        {
            throw new InvalidOperationException($"{Kinds[unit.Kind].Name} unit {unit.Index} is not in the yard");
        }
    }

    /// <summary>A unit back from its trip (and its repair) is in the yard again.</summary>
    public void Return(CarrierUnit unit)
    {
        _yard.PutNow(unit);
        Changed.Fire();
    }

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

    public bool Serves(int kind, int destination) => _serves[kind, destination];

    /// <summary>The material a kind burns; only for kinds with <see cref="Carrier.Fuel"/>.</summary>
    public int FuelMaterial(int kind) => Kinds[kind].Fuel is not null
        ? _fuelMaterial[kind]
        : throw new InvalidOperationException($"carrier {Kinds[kind].Name} burns no fuel");

    /// <summary>The next time the duty of any kind that has units starts or ends (a kind with none changes nothing).</summary>
    public double NextDutyChange(double time)
    {
        var next = double.PositiveInfinity;
        for (var k = 0; k < _duty.Length; k++)
        {
            if (Kinds[k].Count > 0)
            {
                next = Math.Min(next, _duty[k].NextChange(time));
            }
        }
        return next;
    }

    public double DrawHoursToBreakdown(int kind) =>
        Kinds[kind].Breakdowns?.Between.SampleDuration(_breakdownRandom[kind]) ?? double.PositiveInfinity;
}
