using Shortfall.Engine;
using Shortfall.Model.Definition;
using Shortfall.Model.Supplies;

namespace Shortfall.Tests.Model.Supplies;

/// <summary>
/// Fuel a generator took for an hour and gives back unburnt is stock again, and whoever waits for stock hears it at once: a
/// truck or a line that plans on the same fuel need not wait for its next look to see it.
/// </summary>
public class FuelReturnTests
{
    [Fact]
    public void Fuel_given_back_wakes_those_waiting_for_stock_at_that_moment()
    {
        var sim = new Simulator();
        var stocks = new MaterialStocks(sim, [new Material("diesel", "L", 10, 100)], []);
        double? heard = null;
        sim.Process(Wait(), "waits for stock");
        sim.Process(Generator(), "generator");
        sim.Run(until: 10);
        Assert.Equal(2.5, heard);
        Assert.Equal(7, stocks.Total(0), 12);

        IEnumerable<Event> Wait()
        {
            yield return stocks.Changed.Next;
            heard = sim.Now;
        }

        IEnumerable<Event> Generator()
        {
            yield return sim.Timeout(2);
            stocks.TakeFuel(0, 5);
            yield return sim.Timeout(0.5);
            stocks.ReturnFuel(0, 2);
        }
    }
}
