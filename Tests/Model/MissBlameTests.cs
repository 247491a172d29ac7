using Shortfall.Model;
using Shortfall.Model.Definition;
using Shortfall.Model.Results;
using Shortfall.Randomness;

namespace Shortfall.Tests.Model;

/// <summary>
/// A missed day goes to the shortage whose removal alone would have let a carrier leave; when two were
/// missing together it is joint. Each verdict is checked by removing the shortages one at a time.
/// </summary>
public class MissBlameTests
{
    private const int Days = 10;

    private static ReplicationResult Run(Scenario scenario) => PlantSimulation.Run(scenario, new RandomStreams(1, 0));

    /// <summary>A plant whose power and diesel can each be switched off.</summary>
    private static Scenario Plant(bool power, bool fuel)
    {
        var baseline = TestPlant.Baseline(Days);
        return baseline with
        {
            Power = power ? baseline.Power : new PowerSupply(100, [], null, null, PowerLossPolicy.Pause),
            Materials = [.. baseline.Materials, new Material("diesel", "L", fuel ? 1e6 : 0, double.PositiveInfinity)],
            Carriers = [TestPlant.Truck() with { Fuel = new FuelUse("diesel", 8, 0) }],
        };
    }

    [Fact]
    public void With_neither_product_nor_fuel_the_days_are_joint_and_neither_remedy_alone_brings_a_delivery()
    {
        var both = Run(Plant(power: false, fuel: false)).Destinations[0];
        Assert.Equal(0, both.Deliveries);
        Assert.Equal(Days, both.MissedDays[(int)MissCause.Joint]);

        Assert.Equal(0, Run(Plant(power: true, fuel: false)).Destinations[0].Deliveries);
        Assert.Equal(0, Run(Plant(power: false, fuel: true)).Destinations[0].Deliveries);
        Assert.Equal(Days, Run(Plant(power: true, fuel: true)).Destinations[0].Deliveries);
    }

    [Fact]
    public void With_fuel_alone_missing_the_days_go_to_fuel_and_fuel_alone_brings_the_deliveries()
    {
        var result = Run(Plant(power: true, fuel: false)).Destinations[0];
        Assert.Equal(Days, result.MissedDays[(int)MissCause.Fuel]);
        Assert.Equal(Days, result.MissedDays.Sum());
    }

    [Fact]
    public void With_product_alone_missing_the_days_go_to_what_stopped_production()
    {
        var result = Run(Plant(power: false, fuel: true)).Destinations[0];
        Assert.Equal(Days, result.MissedDays[(int)MissCause.Power]);
        Assert.Equal(Days, result.MissedDays.Sum());
    }
}
