using Shortfall.Model;
using Shortfall.Model.Definition;
using Shortfall.Model.Results;
using Shortfall.Randomness;

namespace Shortfall.Tests.Model.Supplies;

/// <summary>
/// A plant that rations a material spreads its stock over the production days until the next planned
/// allocation. The line is staffed all day, makes 100 L per 1 h batch from 1 kg of beans, and
/// nothing is delivered, so only the ration limits it.
/// </summary>
public class RationTests
{
    private static Scenario Plant(int days, double stock, RationRule ration, params Allocation[] allocations) => TestPlant.Baseline(days) with
    {
        Materials = [new Material("beans", "kg", stock, double.PositiveInfinity) { Ration = ration }],
        Allocations = allocations,
        Lines = [new ProductionLine("line", null, TestPlant.Recipe(beans: 1, litres: 100, hours: 1, kw: 10), "always")],
        Destinations = [],
    };

    private static ReplicationResult Run(Scenario scenario) => PlantSimulation.Run(scenario, new RandomStreams(1, 0));

    [Fact]
    public void A_hundred_kilograms_over_fifty_days_at_one_a_batch_give_two_batches_a_day_and_leave_nothing()
    {
        var result = Run(Plant(days: 50, stock: 100, RationRule.UntilNextAllocation));
        Assert.Equal(100 * 100.0, result.Products[0].Produced);
        Assert.Equal(0, result.Materials[0].InStock, 9);
        // Each day the line runs 2 h and is held back by the ration for the other 22 h: booked as input.
        Assert.Equal(50 * 22.0, result.BlockedHours[(int)BlockCause.Input], 6);
    }

    [Fact]
    public void A_daily_share_smaller_than_a_batch_adds_up_to_a_batch_every_few_days()
    {
        // 100 kg over 50 days is 2 kg a day; batches take 10 kg, so one runs every fifth day, ten in all,
        // spread over the whole period instead of on the first ten days.
        var scenario = Plant(days: 50, stock: 100, RationRule.UntilNextAllocation) with
        {
            Lines = [new ProductionLine("line", null, TestPlant.Recipe(beans: 10, litres: 100, hours: 1, kw: 10), "always")],
        };
        var trace = new RecordedEvents();
        PlantSimulation.Run(scenario, new RandomStreams(1, 0), trace);
        Assert.Equal([4, 9, 14, 19, 24, 29, 34, 39, 44, 49], trace.DaysOf("batch_start"));
    }

    [Fact]
    public void Rationed_diesel_sends_the_truck_out_when_the_ration_has_grown_to_a_trip()
    {
        // 60 L over 30 days is 2 L a day; a trip takes 10 L, so the truck goes every fifth day: 6 deliveries,
        // and the 24 other days are missed for want of fuel.
        var baseline = TestPlant.Baseline(days: 30);
        var scenario = baseline with
        {
            Materials = [.. baseline.Materials, new Material("diesel", "L", 60, double.PositiveInfinity) { Ration = RationRule.UntilNextAllocation }],
            Carriers = [TestPlant.Truck() with { Fuel = new FuelUse("diesel", 10, 0) }],
        };
        var school = Run(scenario).Destinations[0];
        Assert.Equal(6, school.Deliveries);
        Assert.Equal(24, school.MissedDays[(int)MissCause.Fuel]);
    }

    [Fact]
    public void Unrationed_the_same_stock_is_gone_in_the_first_five_hours()
    {
        var result = Run(Plant(days: 50, stock: 100, RationRule.None));
        Assert.Equal(100 * 100.0, result.Products[0].Produced);
        Assert.Equal(50 * 24.0 - 100, result.BlockedHours[(int)BlockCause.Input], 6);
    }

    [Fact]
    public void The_ration_runs_until_the_next_planned_allocation_and_is_worked_out_again_when_it_arrives()
    {
        // 60 kg for the 30 days before the allocation on day 30, then 90 kg for the last 30 days:
        // 2 batches a day, then 3.
        var allocation = new Allocation("beans", 90, TestPlant.Start.AddDays(30), null, null, 1, null);
        var result = Run(Plant(days: 60, stock: 60, RationRule.UntilNextAllocation, allocation));
        Assert.Equal((60 + 90) * 100.0, result.Products[0].Produced);
        Assert.Equal(30 * 22.0 + 30 * 21.0, result.BlockedHours[(int)BlockCause.Input], 6);
    }

    [Fact]
    public void A_ration_that_is_not_a_whole_number_of_batches_runs_whole_batches_and_still_lasts()
    {
        // 100 kg over 40 days is 2.5 kg a day: the first days run 3 batches, and the allowance, worked
        // out each day from what is left, falls back so that the stock lasts to the last day.
        var result = Run(Plant(days: 40, stock: 100, RationRule.UntilNextAllocation));
        Assert.Equal(100 * 100.0, result.Products[0].Produced);
        Assert.InRange(result.BlockedHours[(int)BlockCause.Input], 40 * 21.0, 40 * 22.0);
    }

    [Fact]
    public void Milk_made_for_use_sets_no_ration_aside_for_a_vacation_that_runs_to_the_next_allocation()
    {
        // 20 days, the school closed on days 10 to 19 and nothing more to come, milk keeping 12 h:
        // 10 production days for 40 kg, so 4 batches a school day and nothing left stranded (spread
        // over all 20 staffed days, half of it would still be in store at the end).
        var school = TestPlant.Calendar("school") with { Closed = [new DateRange(TestPlant.Start.AddDays(10), TestPlant.Start.AddDays(19))] };
        var plant = Plant(days: 20, stock: 40, RationRule.UntilNextAllocation);
        var scenario = plant with
        {
            Calendars = [.. plant.Calendars, school],
            Products = [new Product("milk", "L", 12, double.PositiveInfinity) { Make = MakeRule.ForUse }],
            Destinations = [TestPlant.School("school") with { Calendar = "school" }],
        };
        var result = Run(scenario);
        Assert.Equal(40 * 100.0, result.Products[0].Produced);
        Assert.Equal(0, result.Materials[0].InStock, 9);
        Assert.Equal(10 * 20.0, result.BlockedHours[(int)BlockCause.Input], 6);
    }
}
