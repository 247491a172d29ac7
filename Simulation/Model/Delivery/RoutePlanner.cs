using Shortfall.Engine;
using Shortfall.Model.Time;

namespace Shortfall.Model.Delivery;

/// <summary>
/// Plans one free unit's trip: it takes the waiting destinations in service order, each with
/// min(wanted, capacity left, product left) if that meets its minimum, as long as the route stays
/// feasible; stops are called at nearest first from the plant (then from the last stop). A route is
/// feasible when every stop can take its load the same day (<see cref="Receiving"/>, with the mean
/// handling time at each earlier stop) and the fuel for its whole round trip is in stock. When the fuel
/// is rationed, the unit waits for a full round, as a manager who must make the fuel last would: until
/// the ration covers the whole route, and while the hours would leave out a destination it could reach
/// on its own (a batch finished at noon goes out in the next morning's round, not to the two schools
/// still open).
/// </summary>
internal sealed class RoutePlanner(Fleet fleet, DestinationBook book, RoadMap roads, Depot depot)
{
    private readonly List<(int Destination, double Load)> _picked = [];
    private readonly List<(int Destination, double Load)> _tour = [];
    private readonly bool[] _heldForFuel = new bool[book.Count];
    private double _km;
    private double _fuel;

    /// <summary>
    /// The trip <paramref name="unit"/> should make now, or null when it can serve nobody. Destinations in a route are
    /// marked in <paramref name="claimed"/> and their loads taken from <paramref name="productLeft"/> (per product).
    /// </summary>
    public Route? Plan(CarrierUnit unit, double now, int[] order, bool[] claimed, double[] productLeft)
    {
        var kind = fleet.Kinds[unit.Kind];
        var capacityLeft = kind.Capacity;
        var leftOutForHours = false;
        _picked.Clear();
        foreach (var d in order)
        {
            if (claimed[d] || !book.IsWaiting(d) || !fleet.Serves(unit.Kind, d))
            {
                continue;
            }
            var load = Math.Min(Math.Min(book[d].QuantityPerDelivery, capacityLeft), productLeft[depot.ProductOf[d]]);
            if (!Amounts.Covers(load, book[d].MinimumQuantity) || load <= 0)
            {
                continue;
            }
            _picked.Add((d, load));
            var fit = Arrange(unit.Kind, now);
            if (fit != Fit.Ok)
            {
                _picked.RemoveAt(_picked.Count - 1);
                leftOutForHours |= fit == Fit.Hours && CanReach(unit.Kind, d, now);
                continue;
            }
            capacityLeft -= load;
            productLeft[depot.ProductOf[d]] -= load;
        }
        if (_picked.Count == 0 || Arrange(unit.Kind, now) != Fit.Ok)
        {
            return null;
        }
        // Under a fuel ration the unit waits for a full round: until the ration covers it, and until it can reach
        // every destination it could serve alone (a round that must leave some out for the hours goes next morning).
        if (kind.Fuel is not null && depot.Ration is { } ration && ration.IsRationed(fleet.FuelMaterial(unit.Kind))
            && (leftOutForHours || !ration.Allows(fleet.FuelMaterial(unit.Kind), _fuel, now)))
        {
            foreach (var (destination, load) in _picked)
            {
                _heldForFuel[destination] = true;
                productLeft[depot.ProductOf[destination]] += load;
            }
            return null;
        }
        var stops = new int[_tour.Count];
        var loads = new double[_tour.Count];
        for (var i = 0; i < _tour.Count; i++)
        {
            (stops[i], loads[i]) = _tour[i];
            claimed[stops[i]] = true;
        }
        return new Route(unit, stops, loads, _km, _fuel);
    }

    /// <summary>True when a route to <paramref name="destination"/> was planned in this decision but waits for a full round under the fuel ration.</summary>
    public bool HeldForFuel(int destination) => _heldForFuel[destination];

    /// <summary>Starts a decision: no route is held for fuel yet.</summary>
    public void Begin() => Array.Clear(_heldForFuel);

    /// <summary>True when a unit of <paramref name="kind"/> leaving now could hand a load to <paramref name="destination"/> on a trip of its own
    /// today.</summary>
    public bool CanReach(int kind, int destination, double now) =>
        Receiving.HandOver(book.Hours(destination), now + roads.FromPlant[destination] / fleet.Kinds[kind].SpeedKmPerHour) < EndOfDay(now);

    /// <summary>True when a unit of <paramref name="kind"/> has the fuel in stock for a trip of its own to <paramref name="destination"/>;
    /// with <see cref="RationCoversRound"/>, <see cref="FuelRule.CanGo"/> for that trip now.</summary>
    public bool HasTripFuel(int kind, int destination) => FuelRule.HasTripFuel(fleet, kind, depot.Stocks, 2 * roads.FromPlant[destination]);

    /// <summary>True when, if the fuel of <paramref name="kind"/> is rationed, the ration covers a full round now (which is what a unit waits for).</summary>
    public bool RationCoversRound(int kind, double now) => FuelRule.RationCoversRound(fleet, kind, depot.Ration, roads, now, days: 0);

    /// <summary>Orders the picked stops nearest first into the tour and checks it is feasible, setting its km and fuel.</summary>
    private Fit Arrange(int kindIndex, double now)
    {
        var kind = fleet.Kinds[kindIndex];
        _tour.Clear();
        _tour.AddRange(_picked);
        int? at = null;
        for (var i = 0; i < _tour.Count; i++)
        {
            var nearest = i;
            for (var j = i + 1; j < _tour.Count; j++)
            {
                // Strictly nearer only: equal distances keep service order, which does not depend on the file's order.
                if (Leg(at, _tour[j].Destination) < Leg(at, _tour[nearest].Destination))
                {
                    nearest = j;
                }
            }
            (_tour[i], _tour[nearest]) = (_tour[nearest], _tour[i]);
            at = _tour[i].Destination;
        }
        var time = now;
        at = null;
        _km = 0;
        foreach (var (destination, _) in _tour)
        {
            var leg = Leg(at, destination);
            _km += leg;
            var handOver = Receiving.HandOver(book.Hours(destination), time + leg / kind.SpeedKmPerHour);
            // Today's loads are for today: a route that would reach a stop only tomorrow is not taken.
            if (handOver >= EndOfDay(now))
            {
                return Fit.Hours;
            }
            time = handOver + kind.HandlingHours.Mean;
            at = destination;
        }
        _km += roads.FromPlant[at!.Value];
        _fuel = kind.Fuel?.For(_km) ?? 0;
        return kind.Fuel is null || Amounts.Covers(depot.Stocks.Total(fleet.FuelMaterial(kindIndex)), _fuel) ? Fit.Ok : Fit.Fuel;
    }

    private static double EndOfDay(double time) => (PlanCalendar.DayOf(time) + 1) * 24.0;

    /// <summary>Whether a tour can be driven, or what rules it out.</summary>
    private enum Fit
    {
        Ok,
        Hours,
        Fuel,
    }

    /// <summary>Road km from <paramref name="from"/> (null: the plant) to <paramref name="to"/>.</summary>
    private double Leg(int? from, int to) => from is { } a ? roads.Between(a, to) : roads.FromPlant[to];
}
