using Shortfall.Model;
using Shortfall.Model.Definition;
using Shortfall.Randomness;

namespace Shortfall.Tests.Model.Service;

/// <summary>Sessions at service equipment end when their power is cut.</summary>
public class ServiceDeskTests
{
    [Fact]
    public void A_session_ends_when_the_grid_goes_off_and_is_counted_as_cut()
    {
        // Grid 00:00–11:30 each day, a visit every 5 h, 2 h sessions, one computer, two days:
        // visits at 5, 10 | 15, 20 | 25, 30, 35 | 40, 45 h. Served: 5, 10 (cut at 11.5), 25, 30,
        // 35 (cut at 35.5); no power: 15, 20, 40, 45.
        var scenario = TestPlant.Baseline(days: 2) with
        {
            Power = new PowerSupply(100, [new SupplySeason(Enumerable.Range(1, 12).ToHashSet(), [new DailyWindow(0, 11.5)])], null, null,
                PowerLossPolicy.Pause),
            Lines = [],
            Destinations = [],
            Equipment = [new ServiceEquipment("computer", 1, 0.3, "always", new Constant(5), new Constant(2))],
        };
        var totals = PlantSimulation.Run(scenario, new RandomStreams(1, 0)).Equipment[0];
        Assert.Equal((5, 2, 4, 0), (totals.Served, totals.SessionsCut, totals.TurnedAwayNoPower, totals.TurnedAwayBusy));
    }
}
