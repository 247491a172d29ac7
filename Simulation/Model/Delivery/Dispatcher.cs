using Shortfall.Engine;
using Shortfall.Model.Definition;
using Shortfall.Model.Production;
using Shortfall.Model.Products;
using Shortfall.Model.Results;
using Shortfall.Model.Supplies;
using Shortfall.Model.Time;
using Shortfall.Model.Tracing;
using Shortfall.Randomness;

namespace Shortfall.Model.Delivery;

/// <summary>
/// Sends carriers out. Whenever product, a carrier or fuel becomes available (and at every
/// midnight and change of duty), it serves the destinations still waiting today in the order of
/// the dispatch rule: a free unit that serves the destination takes min(capacity, wanted, stock)
/// if that meets the destination's minimum and there is fuel for the trip. Between decisions it
/// books each waiting destination's time to what stops it: no product (and why), no carrier, no fuel.
/// </summary>
internal sealed class Dispatcher
{
    /// <summary>Marks a wait for product; <see cref="CatchUp"/> resolves it to a production cause.</summary>
    private const MissCause NoProduct = MissCause.Capacity;

    private readonly Simulator _sim;
    private readonly DestinationBook _book;
    private readonly Fleet _fleet;
    private readonly ProductInventory[] _inventories;
    private readonly int[] _productOf;
    private readonly MaterialStocks _stocks;
    private readonly int[] _fuelOf;
    private readonly ProductionLog _production;
    private readonly DispatchRule _rule;
    private readonly RandomStream[] _handlingRandom;
    private readonly ITraceSink? _trace;
    private readonly MissCause?[] _waitingFor;
    private readonly int[] _trips;
    private readonly int[] _lostTrips;
    private readonly int[] _breakdowns;
    private readonly int[] _order;
    private int _nextInTurn;
    private double _lastDecision;

    public Dispatcher(Simulator sim, DestinationBook book, Fleet fleet, ProductInventory[] inventories, int[] productOf,
        MaterialStocks stocks, int[] fuelOf, ProductionLog production, DispatchRule rule, RandomStreams streams, ITraceSink? trace)
    {
        _sim = sim;
        _book = book;
        _fleet = fleet;
        _inventories = inventories;
        _productOf = productOf;
        _stocks = stocks;
        _fuelOf = fuelOf;
        _production = production;
        _rule = rule;
        _trace = trace;
        _handlingRandom = [.. fleet.Kinds.Select(k => streams.Stream($"carrier/{k.Name}/handling"))];
        _waitingFor = new MissCause?[book.Count];
        var kinds = fleet.Kinds.Count;
        _trips = new int[kinds];
        _lostTrips = new int[kinds];
        _breakdowns = new int[kinds];
        _order = new int[book.Count];
        sim.Process(Run(), "dispatcher");
    }

    public IReadOnlyList<CarrierTotals> Totals() =>
        [.. Enumerable.Range(0, _fleet.Kinds.Count).Select(k => new CarrierTotals(_trips[k], _lostTrips[k], _breakdowns[k]))];

    /// <summary>Books waiting time up to <paramref name="until"/> and closes every day that has ended.</summary>
    public void CatchUp(double until)
    {
        while (true)
        {
            var midnight = (_book.Day + 1) * 24.0;
            var end = Math.Min(until, midnight);
            for (var i = 0; i < _book.Count; i++)
            {
                if (_waitingFor[i] is { } cause && end > _lastDecision)
                {
                    // A shortage of product is blamed on what held production back up to the end of the wait.
                    _book.Waited(i, cause == NoProduct ? _production.ShortageCause(_productOf[i], end) : cause, end - _lastDecision);
                }
            }
            _lastDecision = end;
            if (until < midnight)
            {
                return;
            }
            _book.CloseDay();
            Array.Fill(_waitingFor, null);
        }
    }

    private IEnumerable<Event> Run()
    {
        var signals = new Event[_inventories.Length + 3];
        while (true)
        {
            var now = _sim.Now;
            CatchUp(now);
            Decide(now);
            var wake = Math.Min(_fleet.NextDutyChange(now), (PlanCalendar.DayOf(now) + 1) * 24.0);
            for (var p = 0; p < _inventories.Length; p++)
            {
                signals[p] = _inventories[p].Changed.Next;
            }
            signals[^3] = _fleet.Changed.Next;
            signals[^2] = _stocks.Changed.Next;
            signals[^1] = _sim.TimeoutAt(wake);
            yield return _sim.AnyOf(signals);
        }
    }

    private void Decide(double now)
    {
        foreach (var destination in InServiceOrder())
        {
            _waitingFor[destination] = null;
            if (!_book.IsOpen(destination))
            {
                continue;
            }
            var cause = TrySend(destination, now);
            // Waiting time counts only while some carrier that serves the destination is on duty.
            if (cause is not null && DeliveryHours(destination, now))
            {
                _waitingFor[destination] = cause;
            }
        }
    }

    /// <summary>Starts a trip to <paramref name="destination"/> if it can; otherwise says why not.</summary>
    private MissCause? TrySend(int destination, double now)
    {
        var target = _book[destination];
        var inventory = _inventories[_productOf[destination]];
        var available = inventory.Available;
        CarrierUnit? unit = null;
        var fuelShort = false;
        foreach (var candidate in _fleet.Units)
        {
            if (!_fleet.IsFree(candidate, now) || !_fleet.Serves(candidate.Kind, target.Name))
            {
                continue;
            }
            var load = Math.Min(Math.Min(_fleet.Kinds[candidate.Kind].Capacity, target.QuantityPerDelivery), available);
            if (load < target.MinimumQuantity)
            {
                continue;
            }
            if (!HasFuel(candidate.Kind))
            {
                fuelShort = true;
                continue;
            }
            unit = candidate;
            break;
        }
        if (unit is not null)
        {
            var load = Math.Min(Math.Min(_fleet.Kinds[unit.Kind].Capacity, target.QuantityPerDelivery), available);
            Send(unit, destination, load);
            return null;
        }
        if (available < target.MinimumQuantity)
        {
            return NoProduct;
        }
        if (fuelShort)
        {
            return MissCause.Fuel;
        }
        return MissCause.Carrier;
    }

    private bool HasFuel(int kind) =>
        _fleet.Kinds[kind].Fuel is not { } fuel || _stocks.Total(_fuelOf[kind]) >= fuel.PerTrip;

    private bool DeliveryHours(int destination, double now)
    {
        for (var k = 0; k < _fleet.Kinds.Count; k++)
        {
            if (_fleet.Serves(k, _book[destination].Name) && _fleet.OnDuty(k, now))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The destinations in the order the rule serves them, in a buffer reused by every decision.</summary>
    private int[] InServiceOrder()
    {
        var n = _book.Count;
        var order = _order;
        if (_rule == DispatchRule.MostOverdueFirst)
        {
            // Insertion sort by last delivery: stable, so ties keep scenario order; n is small.
            for (var i = 0; i < n; i++)
            {
                var j = i;
                while (j > 0 && _book.LastDelivery[order[j - 1]] > _book.LastDelivery[i])
                {
                    order[j] = order[j - 1];
                    j--;
                }
                order[j] = i;
            }
            return order;
        }
        for (var i = 0; i < n; i++)
        {
            order[i] = (_nextInTurn + i) % n;
        }
        return order;
    }

    /// <summary>Commits the unit, fuel and load at once, so the rest of this decision sees them gone.</summary>
    private void Send(CarrierUnit unit, int destination, double load)
    {
        var kind = _fleet.Kinds[unit.Kind];
        unit.OnTrip = true;
        _book.InTransit[destination] = true;
        _nextInTurn = (destination + 1) % _book.Count;
        if (kind.Fuel is { } fuel)
        {
            _stocks.TakeFuel(_fuelOf[unit.Kind], fuel.PerTrip);
        }
        var carried = _inventories[_productOf[destination]].Take(load);
        _trips[unit.Kind]++;
        _trace?.Event(_sim.Now, "trip_start", kind.Name, $"{_book[destination].Name} {carried}");
        _sim.Process(Trip(unit, destination, carried), $"trip to {_book[destination].Name}");
    }

    private IEnumerable<Event> Trip(CarrierUnit unit, int destination, double carried)
    {
        var kind = _fleet.Kinds[unit.Kind];
        var target = _book[destination];
        var inventory = _inventories[_productOf[destination]];
        var leg = target.DistanceKm / kind.SpeedKmPerHour;

        var broke = unit.HoursToBreakdown < leg;
        yield return _sim.Timeout(broke ? unit.HoursToBreakdown : leg);
        if (broke)
        {
            inventory.LostInTransit(carried);
            _lostTrips[unit.Kind]++;
            _book.InTransit[destination] = false;
            _trace?.Event(_sim.Now, "trip_lost", kind.Name, target.Name);
            foreach (var step in BreakDown(unit))
            {
                yield return step;
            }
        }
        else
        {
            unit.HoursToBreakdown -= leg;
            _book.Deliver(destination, carried, PlanCalendar.DayOf(_sim.Now));
            inventory.Delivered(carried);
            _trace?.Event(_sim.Now, TraceNames.Delivery, target.Name, $"{carried}");
            yield return _sim.Timeout(kind.HandlingHours.SampleDuration(_handlingRandom[unit.Kind]));
            broke = unit.HoursToBreakdown < leg;
            yield return _sim.Timeout(broke ? unit.HoursToBreakdown : leg);
            if (broke)
            {
                foreach (var step in BreakDown(unit))
                {
                    yield return step;
                }
            }
            else
            {
                unit.HoursToBreakdown -= leg;
            }
        }
        unit.OnTrip = false;
        _fleet.Changed.Fire();
    }

    private IEnumerable<Event> BreakDown(CarrierUnit unit)
    {
        var kind = _fleet.Kinds[unit.Kind];
        _breakdowns[unit.Kind]++;
        unit.Broken = true;
        _fleet.Changed.Fire();
        _trace?.Event(_sim.Now, "breakdown", kind.Name, $"unit {unit.Index}");
        yield return _sim.Timeout(kind.Breakdowns!.Repair.SampleDuration(_fleet.BreakdownRandom(unit.Kind)));
        unit.Broken = false;
        unit.HoursToBreakdown = _fleet.DrawHoursToBreakdown(unit.Kind);
        _trace?.Event(_sim.Now, "repaired", kind.Name, $"unit {unit.Index}");
    }
}
