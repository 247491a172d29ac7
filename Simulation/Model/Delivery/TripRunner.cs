using Shortfall.Engine;
using Shortfall.Model.Results;
using Shortfall.Model.Time;
using Shortfall.Model.Tracing;
using Shortfall.Randomness;

namespace Shortfall.Model.Delivery;

/// <summary>
/// Drives planned routes. A trip takes its fuel and loads when it leaves, drives each leg at the
/// carrier's speed, waits at a stop until it opens, hands over its load (the handling time), and
/// drives back. A breakdown stops the unit where it is: loads not yet handed over are lost (counted
/// as spoiled) and the unit is out until repaired. A stop reached after it has closed for the day
/// takes nothing, and that load is lost too: unrefrigerated milk carried about all day is poured away.
/// </summary>
internal sealed class TripRunner
{
    private readonly Simulator _sim;
    private readonly Fleet _fleet;
    private readonly DestinationBook _book;
    private readonly RoadMap _roads;
    private readonly Depot _depot;
    private readonly RandomStream[] _handlingRandom;
    private readonly ITraceSink? _trace;
    private readonly int[] _trips;
    private readonly int[] _lostTrips;
    private readonly int[] _breakdowns;
    private readonly int[] _stops;
    private readonly double[] _km;

    public TripRunner(Simulator sim, Fleet fleet, DestinationBook book, RoadMap roads, Depot depot, RandomStreams streams, ITraceSink? trace)
    {
        _sim = sim;
        _fleet = fleet;
        _book = book;
        _roads = roads;
        _depot = depot;
        _trace = trace;
        _handlingRandom = [.. fleet.Kinds.Select(k => streams.Stream($"carrier/{k.Name}/handling"))];
        var kinds = fleet.Kinds.Length;
        _trips = new int[kinds];
        _lostTrips = new int[kinds];
        _breakdowns = new int[kinds];
        _stops = new int[kinds];
        _km = new double[kinds];
    }

    public IReadOnlyList<CarrierTotals> Totals() =>
        [.. Enumerable.Range(0, _fleet.Kinds.Length).Select(k => new CarrierTotals(_trips[k], _lostTrips[k], _breakdowns[k])
        {
            DistanceKm = _km[k],
            Stops = _stops[k],
        })];

    /// <summary>Commits the unit, fuel and loads at once, so the rest of this decision sees them gone, and starts the trip.</summary>
    public void Send(Route route)
    {
        var unit = route.Unit;
        var kind = _fleet.Kinds[unit.Kind];
        _fleet.Leave(unit);
        if (kind.Fuel is not null)
        {
            _depot.Stocks.TakeFuel(_fleet.FuelMaterial(unit.Kind), route.Fuel);
            _depot.Ration?.Consumed(_fleet.FuelMaterial(unit.Kind), route.Fuel, _sim.Now);
        }
        for (var i = 0; i < route.Stops.Length; i++)
        {
            _book.SetInTransit(route.Stops[i], true);
            route.Loads[i] = _depot.For(route.Stops[i]).Take(route.Loads[i]);
        }
        _trips[unit.Kind]++;
        _trace?.Event(_sim.Now, "trip_start", kind.Name, Describe(route));
        _sim.Process(Drive(route), $"{kind.Name} trip");
    }

    private string Describe(Route route) =>
        string.Join(' ', route.Stops.Select((s, i) => $"{_book[s].Name}:{TraceNames.Quantity(route.Loads[i], _depot.For(s).Product.Unit)}")) +
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $" {route.Km:0.##} km");

    private IEnumerable<Event> Drive(Route route)
    {
        var unit = route.Unit;
        var kind = _fleet.Kinds[unit.Kind];
        int? at = null;
        var broken = false;
        for (var i = 0; i < route.Stops.Length && !broken; i++)
        {
            var stop = route.Stops[i];
            var km = at is { } from ? _roads.Between(from, stop) : _roads.FromPlant[stop];
            var driven = SetOut(unit, km, out var breaks);
            yield return _sim.Timeout(driven);
            Arrive(unit, driven, breaks);
            broken = unit.Broken;
            if (broken)
            {
                LoseFrom(route, i);
                _lostTrips[unit.Kind]++;
                break;
            }
            var handOver = Receiving.HandOver(_book.Hours(stop), _sim.Now);
            if (double.IsPositiveInfinity(handOver))
            {
                _book.SetInTransit(stop, false);
                _depot.For(stop).LostInTransit(route.Loads[i]);
                _trace?.Event(_sim.Now, "stop_missed", _book[stop].Name, "closed");
            }
            else
            {
                yield return _sim.TimeoutAt(handOver);
                _book.SetInTransit(stop, false);
                _book.Deliver(stop, route.Loads[i], PlanCalendar.DayOf(_sim.Now));
                _depot.For(stop).Delivered(route.Loads[i]);
                _stops[unit.Kind]++;
                _trace?.Event(_sim.Now, TraceNames.Delivery, _book[stop].Name, TraceNames.Quantity(route.Loads[i], _depot.For(stop).Product.Unit));
                yield return _sim.Timeout(kind.HandlingHours.SampleDuration(_handlingRandom[unit.Kind]));
            }
            at = stop;
        }
        if (!broken && at is { } last)
        {
            var driven = SetOut(unit, _roads.FromPlant[last], out var breaks);
            yield return _sim.Timeout(driven);
            Arrive(unit, driven, breaks);
        }
        if (unit.Broken)
        {
            foreach (var step in Repair(unit))
            {
                yield return step;
            }
        }
        _fleet.Return(unit);
    }

    // A leg is two calls around the caller's timeout, not an iterator of its own: a trip has several legs, and an
    // iterator each was a tenth of what a replication allocated.

    /// <summary>Sets out to drive <paramref name="km"/>, or up to the next breakdown (<paramref name="breaks"/>);
    /// returns the hours the leg takes.</summary>
    private double SetOut(CarrierUnit unit, double km, out bool breaks)
    {
        var hours = km / _fleet.Kinds[unit.Kind].SpeedKmPerHour;
        breaks = unit.HoursToBreakdown < hours;
        var driven = breaks ? unit.HoursToBreakdown : hours;
        _km[unit.Kind] += driven * _fleet.Kinds[unit.Kind].SpeedKmPerHour;
        return driven;
    }

    /// <summary>Ends a leg of <paramref name="driven"/> hours; one that broke down leaves the unit broken where it stands.</summary>
    private void Arrive(CarrierUnit unit, double driven, bool broke)
    {
        unit.HoursToBreakdown -= driven;
        if (broke)
        {
            _breakdowns[unit.Kind]++;
            unit.Broken = true;
            _fleet.Changed.Fire();
            _trace?.Event(_sim.Now, "breakdown", _fleet.Kinds[unit.Kind].Name, $"unit {unit.Index}");
        }
    }

    private void LoseFrom(Route route, int first)
    {
        for (var i = first; i < route.Stops.Length; i++)
        {
            _book.SetInTransit(route.Stops[i], false);
            _depot.For(route.Stops[i]).LostInTransit(route.Loads[i]);
            _trace?.Event(_sim.Now, "trip_lost", _fleet.Kinds[route.Unit.Kind].Name, _book[route.Stops[i]].Name);
        }
    }

    private IEnumerable<Event> Repair(CarrierUnit unit)
    {
        var kind = _fleet.Kinds[unit.Kind];
        yield return _sim.Timeout(kind.Breakdowns!.Repair.SampleDuration(_fleet.BreakdownRandom(unit.Kind)));
        unit.Broken = false;
        unit.HoursToBreakdown = _fleet.DrawHoursToBreakdown(unit.Kind);
        _trace?.Event(_sim.Now, "repaired", kind.Name, $"unit {unit.Index}");
    }
}
