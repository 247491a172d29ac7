using Shortfall.Engine;
using Shortfall.Model.Results;
using Shortfall.Model.Time;

namespace Shortfall.Model.Delivery;

/// <summary>
/// Sends carriers out. Whenever product, a carrier or fuel becomes available (and at every midnight,
/// change of duty and change of a destination's receiving hours) it plans a route for each free unit
/// (<see cref="RoutePlanner"/>) over the destinations still waiting today, in the order of the dispatch
/// rule (<see cref="ServiceOrder"/>), and starts it (<see cref="TripRunner"/>). Between decisions it
/// books each waiting destination's delivery hours to what stops it (see <see cref="DestinationBook"/>).
/// </summary>
internal sealed class Dispatcher
{
    private readonly Simulator _sim;
    private readonly DestinationBook _book;
    private readonly Fleet _fleet;
    /// <summary>Marks a wait for product alone; <see cref="CatchUp"/> resolves it to what held production back by then.</summary>
    private const MissCause NoProduct = MissCause.Capacity;

    private readonly Depot _depot;
    private readonly ServiceOrder _order;
    private readonly RoutePlanner _planner;
    private readonly TripRunner _trips;
    private readonly MissCause?[] _waitingFor;
    private readonly bool[] _claimed;
    private readonly double[] _productLeft;
    /// <summary>Within a decision, after its trips have left: whether each kind is on duty, whether its fuel ration covers a round, and
    /// whether it can reach each destination in its hours today (0: not asked yet, 1: yes, −1: no). Every waiting destination asks them
    /// of every kind and unit.</summary>
    private readonly bool[] _onDuty;
    private readonly sbyte[] _roundCovered;
    private readonly sbyte[] _reaches;
    private double _lastDecision;

    public Dispatcher(Simulator sim, DestinationBook book, Fleet fleet, Depot depot, ServiceOrder order, RoutePlanner planner, TripRunner trips)
    {
        _sim = sim;
        _book = book;
        _fleet = fleet;
        _depot = depot;
        _order = order;
        _planner = planner;
        _trips = trips;
        _waitingFor = new MissCause?[_book.Count];
        _claimed = new bool[_book.Count];
        _productLeft = new double[depot.Inventories.Length];
        _onDuty = new bool[fleet.Kinds.Length];
        _roundCovered = new sbyte[fleet.Kinds.Length];
        _reaches = new sbyte[fleet.Kinds.Length * _book.Count];
        sim.Process(Run(), "dispatcher");
    }

    /// <summary>Books waiting time up to <paramref name="until"/> and closes every day that has ended.</summary>
    public void CatchUp(double until)
    {
        while (true)
        {
            var midnight = (_book.Day + 1) * 24.0;
            var end = Math.Min(until, midnight);
            // Destinations waiting for the same product share what held it back: asked once per product.
            var (product, held) = (-1, NoProduct);
            for (var i = 0; i < _book.Count; i++)
            {
                if (_waitingFor[i] is { } cause && end > _lastDecision)
                {
                    if (cause == NoProduct && _depot.ProductOf[i] != product)
                    {
                        product = _depot.ProductOf[i];
                        held = _depot.Production.ShortageCause(product, end);
                    }
                    _book.Waited(i, cause == NoProduct ? held : cause, end - _lastDecision);
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
        Signal[] signals = [.. _depot.Inventories.Select(inventory => inventory.Changed), _fleet.Changed, _depot.Stocks.Changed];
        var wait = new Wait(_sim);
        while (true)
        {
            var now = _sim.Now;
            CatchUp(now);
            Decide(now);
            var wake = Math.Min(_fleet.NextDutyChange(now), (PlanCalendar.DayOf(now) + 1) * 24.0);
            foreach (var hours in _book.Calendars)
            {
                wake = Math.Min(wake, hours.NextChange(now));
            }
            yield return wait.For(_sim.TimeoutAt(wake), signals);
        }
    }

    private void Decide(double now)
    {
        int[]? order = null;
        Array.Clear(_claimed);
        _planner.Begin();
        for (var p = 0; p < _productLeft.Length; p++)
        {
            _productLeft[p] = _depot.Inventories[p].Available;
        }
        foreach (var unit in _fleet.Units)
        {
            // Ordered only when a unit is free: most decisions (midnights, the end of duty) send nobody.
            if (_fleet.IsFree(unit, now) && _planner.Plan(unit, now, order ??= _order.For(_book.Day), _claimed, _productLeft) is { } route)
            {
                _trips.Send(route);
                _order.Served(route.Stops[^1]);
            }
        }
        for (var k = 0; k < _onDuty.Length; k++)
        {
            _onDuty[k] = _fleet.OnDuty(k, now);
        }
        Array.Clear(_roundCovered);
        Array.Clear(_reaches);
        for (var d = 0; d < _book.Count; d++)
        {
            _waitingFor[d] = _book.IsWaiting(d) && InDeliveryHours(d, now) ? Shortage(d, now) : null;
        }
    }

    /// <summary>True while some carrier that serves the destination is on duty and could reach it in its receiving hours.</summary>
    private bool InDeliveryHours(int destination, double now)
    {
        for (var k = 0; k < _onDuty.Length; k++)
        {
            if (_fleet.Kinds[k].Count > 0 && _fleet.Serves(k, destination) && _onDuty[k] && Reaches(k, destination, now))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when a unit of <paramref name="kind"/> has the fuel to go to <paramref name="destination"/> now (<see cref="FuelRule.CanGo"/>).</summary>
    private bool HasFuelFor(int kind, int destination, double now)
    {
        if (!_planner.HasTripFuel(kind, destination))
        {
            return false;
        }
        ref var covered = ref _roundCovered[kind];
        if (covered == 0)
        {
            covered = _planner.RationCoversRound(kind, now) ? (sbyte)1 : (sbyte)-1;
        }
        return covered > 0;
    }

    private bool Reaches(int kind, int destination, double now)
    {
        ref var known = ref _reaches[kind * _book.Count + destination];
        if (known == 0)
        {
            known = _planner.CanReach(kind, destination, now) ? (sbyte)1 : (sbyte)-1;
        }
        return known > 0;
    }

    /// <summary>
    /// What keeps a waiting destination without a trip now: product (less than its minimum left after this
    /// decision's loads, told apart by what held its lines back: see <see cref="Production.ProductionLog.ShortageCause"/>),
    /// carrier (no free unit that serves it, can carry its minimum and reach it in its hours) and fuel (no kind that
    /// serves it has the fuel for a trip of its own to it, or under a ration for a full round, or its route waits for a
    /// full round), each judged alone; <see cref="MissCause.Joint"/> when they name more than one cause. A product
    /// the plan did not make for want of fuel, while fuel is short too, is one shortage: fuel.
    /// </summary>
    private MissCause Shortage(int destination, double now)
    {
        var noProduct = !Amounts.Covers(_productLeft[_depot.ProductOf[destination]], _book[destination].MinimumQuantity);
        var noCarrier = true;
        var noFuel = true;
        foreach (var unit in _fleet.Units)
        {
            if (_fleet.Serves(unit.Kind, destination)
                && _onDuty[unit.Kind]
                && _fleet.InYard(unit)
                && Amounts.Covers(_fleet.Kinds[unit.Kind].Capacity, _book[destination].MinimumQuantity)
                && Reaches(unit.Kind, destination, now))
            {
                noCarrier = false;
            }
            if (_fleet.Serves(unit.Kind, destination) && HasFuelFor(unit.Kind, destination, now) && !_planner.HeldForFuel(destination))
            {
                noFuel = false;
            }
        }
        if (noProduct && !noCarrier && !noFuel)
        {
            return NoProduct;
        }
        MissCause? product = noProduct ? _depot.Production.ShortageCause(_depot.ProductOf[destination], now) : null;
        MissCause? carrier = noCarrier ? MissCause.Carrier : null;
        MissCause? fuel = noFuel ? MissCause.Fuel : null;
        var first = product ?? carrier ?? fuel ?? MissCause.Carrier;
        var same = (product ?? first) == first && (carrier ?? first) == first && (fuel ?? first) == first;
        return same ? first : MissCause.Joint;
    }
}
