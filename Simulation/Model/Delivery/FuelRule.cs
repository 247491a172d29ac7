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
        double tripKm, double now, int days)
    {
        if (fleet.Kinds[kind].Fuel is not { } fuel)
        {
            return true;
        }
        var material = fleet.FuelMaterial(kind);
        return Amounts.Covers(stocks.Total(material), fuel.For(tripKm))
            && (ration is null || ration.AllowsWithin(material, fuel.For(roads.FullRoundKm), now, days));
    }
}
