using Shortfall.Model;
using Shortfall.Model.Definition;
using Shortfall.Model.Results;
using Shortfall.Randomness;

namespace Shortfall.Tests.Model.Production;

/// <summary>
/// A product made for use is made only for days a destination can receive it. The line is staffed all
/// day and makes 100 L per 1 h batch, 24 batches a day when nothing stops it, except that the batch
/// ending at the horizon's last midnight is not finished within it; the school takes 50 L.
/// </summary>
public class DemandOutlookTests
{
    private static ReplicationResult Run(Scenario scenario) => PlantSimulation.Run(scenario, new RandomStreams(1, 0));

    private static Scenario WithVacation(MakeRule make, double shelfLifeHours)
    {
        // 30 days from 1 April; the school is closed on days 10 to 19.
        var school = TestPlant.Calendar("school") with { Closed = [new DateRange(TestPlant.Start.AddDays(10), TestPlant.Start.AddDays(19))] };
        var baseline = TestPlant.Baseline(days: 30);
        return baseline with
        {
            Calendars = [.. baseline.Calendars, school],
            Products = [new Product("milk", "L", shelfLifeHours, double.PositiveInfinity) { Make = make }],
            Destinations = [TestPlant.School("school") with { Calendar = "school" }],
        };
    }

    [Fact]
    public void No_milk_is_made_through_the_vacation_and_the_idle_days_book_nothing()
    {
        var result = Run(WithVacation(MakeRule.ForUse, shelfLifeHours: 12));
        Assert.Equal((20 * 24 - 1) * 100.0, result.Products[0].Produced);
        Assert.All(result.BlockedHours, hours => Assert.Equal(0, hours));
        Assert.Equal(20, result.Destinations[0].Deliveries);

        var toStock = Run(WithVacation(MakeRule.ToStock, shelfLifeHours: 12));
        Assert.Equal((30 * 24 - 1) * 100.0, toStock.Products[0].Produced);
    }

    [Fact]
    public void Milk_that_keeps_two_days_is_made_on_the_two_days_before_school_starts_again()
    {
        // ⌊48 h / 24 h⌋ = 2: days 18 and 19 reach day 20; days 8 and 9 are school days anyway.
        var result = Run(WithVacation(MakeRule.ForUse, shelfLifeHours: 48));
        Assert.Equal((22 * 24 - 1) * 100.0, result.Products[0].Produced);
    }

    [Fact]
    public void No_milk_is_made_once_the_diesel_for_the_truck_is_gone_and_the_hours_are_booked_to_fuel()
    {
        // 24 L at 8 L a trip: three trips, on days 0, 1 and 2; from the third the line stops.
        var baseline = TestPlant.Baseline(days: 10);
        var scenario = baseline with
        {
            Materials = [.. baseline.Materials, new Material("diesel", "L", 24, double.PositiveInfinity)],
            Products = [new Product("milk", "L", 12, double.PositiveInfinity) { Make = MakeRule.ForUse }],
            Carriers = [TestPlant.Truck() with { Fuel = new FuelUse("diesel", 8, 0) }],
        };
        var result = Run(scenario);
        Assert.Equal(3, result.Destinations[0].Deliveries);
        Assert.InRange(result.Products[0].Produced, 2 * 24 * 100.0, 3 * 24 * 100.0);
        Assert.InRange(result.BlockedHours[(int)BlockCause.Fuel], 7 * 24.0, 8 * 24.0);
        // The days without milk went without it for want of fuel, the one shortage.
        Assert.Equal(7, result.Destinations[0].MissedDays[(int)MissCause.Fuel]);

        var toStock = Run(scenario with { Products = [scenario.Products[0] with { Make = MakeRule.ToStock }] });
        Assert.Equal((10 * 24 - 1) * 100.0, toStock.Products[0].Produced);
    }
}
