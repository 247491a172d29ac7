using Shortfall.Engine;
using Shortfall.Model.Supplies;

namespace Shortfall.Model.Delivery;

/// <summary>
/// The one test of whether a carrier kind has the fuel to go, shared by the dispatcher (now) and the plan
/// that makes product for use (within a few days): the fuel for the trip in view is in stock and, when the
/// fuel is rationed, the ration will cover a full round by then, since under a ration a unit waits for one
/// (see <see cref="RoutePlanner"/>). A kind that burns no fuel can always go.
/// </summary>
internal static class FuelRule
{
    public static bool CanGo(Fleet fleet, int kind, MaterialStocks stocks, MaterialRation? ration, RoadMap roads,
        double tripKm, double now, int days) =>
        HasTripFuel(fleet, kind, stocks, tripKm) && RationCoversRound(fleet, kind, ration, roads, now, days);

    /// <summary>The first half of <see cref="CanGo"/>: the fuel for a trip of <paramref name="tripKm"/> is in stock.</summary>
    public static bool HasTripFuel(Fleet fleet, int kind, MaterialStocks stocks, double tripKm) =>
        fleet.Kinds[kind].Fuel is not { } fuel || Amounts.Covers(stocks.Total(fleet.FuelMaterial(kind)), fuel.For(tripKm));

    /// <summary>The second half of <see cref="CanGo"/>: the ration, when the fuel is rationed, covers a full round within
    /// <paramref name="days"/>. It depends on no destination, so the dispatcher asks it once per decision.</summary>
    public static bool RationCoversRound(Fleet fleet, int kind, MaterialRation? ration, RoadMap roads, double now, int days) =>
        fleet.Kinds[kind].Fuel is not { } fuel || ration is null
        || ration.AllowsWithin(fleet.FuelMaterial(kind), fuel.For(roads.FullRoundKm), now, days);
}
