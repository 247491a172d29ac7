using Shortfall.Model;
using Shortfall.Model.Definition;
using Shortfall.Model.Results;
using Shortfall.Randomness;

namespace Shortfall.Tests.Model;

/// <summary>Plants simple enough to work out by hand.</summary>
public class PlantHandComputedTests
{
    private static ReplicationResult Run(Scenario scenario, long replication = 0) =>
        PlantSimulation.Run(scenario, new RandomStreams(1, replication));

    [Fact]
    public void With_power_always_on_unlimited_supplies_and_instant_trips_every_school_day_gets_its_delivery()
    {
        var result = Run(TestPlant.Baseline(days: 61));
        Assert.All(result.DestinationMonths, m => Assert.True(m.TargetMet));
        Assert.Equal([30.0, 31.0], result.DestinationMonths.Select(m => m.Target));
        Assert.Equal([30, 31], result.DestinationMonths.Select(m => m.Deliveries));
        Assert.Equal(61, result.Destinations[0].Deliveries);
        Assert.Equal(0, result.Destinations[0].LongestGapDays);
        Assert.Equal(61 * 50.0, result.Destinations[0].Quantity);
    }

    [Fact]
    public void A_month_the_school_is_closed_throughout_has_no_target_and_is_not_reported()
    {
        // April 1 to June 30; the school is closed for all of May and from June 21.
        var vacation = TestPlant.Calendar("school", TestPlant.AllDay) with
        {
            Closed = [new DateRange(new DateOnly(2021, 5, 1), new DateOnly(2021, 5, 31)), new DateRange(new DateOnly(2021, 6, 21), new DateOnly(2021, 6, 30))],
        };
        var baseline = TestPlant.Baseline(days: 91);
        var scenario = baseline with
        {
            Calendars = [.. baseline.Calendars, vacation],
            Destinations = [TestPlant.School("school") with { Calendar = "school" }],
        };
        var result = Run(scenario);
        Assert.Equal([0, 2], result.DestinationMonths.Select(m => m.Month));
        Assert.Equal([30.0, 20.0], result.DestinationMonths.Select(m => m.Target));
        Assert.Equal([30, 20], result.DestinationMonths.Select(m => m.Deliveries));
    }

    [Theory]
    [InlineData(5, 2, 2)]
    [InlineData(6, 2, 3)]
    [InlineData(4, 1.5, 2)]
    public void A_power_window_of_h_hours_and_batches_of_b_hours_give_floor_h_over_b_a_day_and_none_the_schedule_cuts(
        double windowHours, double batchHours, int perDay)
    {
        const int days = 20;
        var scenario = TestPlant.Baseline(days) with
        {
            Power = new PowerSupply(100, [new SupplySeason(Enumerable.Range(1, 12).ToHashSet(), [new DailyWindow(8, 8 + windowHours)])],
                null, null, PowerLossPolicy.LoseBatch),
            Lines = [new ProductionLine("line", null, TestPlant.Recipe(10, 100, batchHours, 10), "always")],
            Destinations = [],
        };
        var result = Run(scenario);
        Assert.Equal(days * perDay * 100.0, result.Products[0].Produced);
        Assert.Equal(0, result.Products[0].BatchesLost);
        Assert.Equal(days * perDay * 10.0, result.Materials[0].Consumed);
        // Staffed all day with unlimited supplies, every hour without a batch is blocked by power.
        Assert.Equal(days * (24 - perDay * batchHours), result.BlockedHours[(int)BlockCause.Power], 9);
    }

    [Fact]
    public void A_line_with_enough_product_on_hand_makes_only_what_is_taken_and_books_no_blocked_hours()
    {
        // One school takes 50 L a day; with a restocking level of 100 L the line makes a 100 L batch
        // only when the stock falls below 100 L, so the stock never exceeds 100 + 100 L and, as
        // nothing spoils, everything made beyond it is delivered; unrestricted, the line would
        // make 24 batches a day. An idle line that has enough is not blocked by anything.
        const int days = 30;
        var baseline = TestPlant.Baseline(days);
        var scenario = baseline with { Products = [baseline.Products[0] with { RestockBelow = 100 }] };
        var result = Run(scenario);
        var ledger = result.Products[0];
        Assert.Equal(days, result.Destinations[0].Deliveries);
        Assert.Equal(days * 50.0 + ledger.InStock, ledger.Produced);
        Assert.InRange(ledger.InStock, 0, 200);
        Assert.All(result.BlockedHours, hours => Assert.Equal(0, hours));
    }

    [Fact]
    public void Random_outages_still_cut_batches_that_the_schedule_would_let_finish()
    {
        var scenario = TestPlant.Baseline(60) with
        {
            Power = new PowerSupply(100, [new SupplySeason(Enumerable.Range(1, 12).ToHashSet(), [new DailyWindow(8, 14)])],
                new Outages(new Exponential(4), new Exponential(1)), null, PowerLossPolicy.LoseBatch),
            Lines = [new ProductionLine("line", null, TestPlant.Recipe(10, 100, 2, 10), "always")],
            Destinations = [],
        };
        var result = Run(scenario);
        Assert.True(result.Products[0].BatchesLost > 0);
        Assert.Equal((result.Products[0].Produced / 100 + result.Products[0].BatchesLost) * 10, result.Materials[0].Consumed, 9);
    }

    [Fact]
    public void With_pause_on_power_loss_a_cut_batch_finishes_in_the_next_window()
    {
        // 5 h of power a day and 2 h batches: 2.5 batches' worth of power a day, so 20 days make 50 batches.
        const int days = 20;
        var scenario = TestPlant.Baseline(days) with
        {
            Power = new PowerSupply(100, [new SupplySeason(Enumerable.Range(1, 12).ToHashSet(), [new DailyWindow(8, 13)])],
                null, null, PowerLossPolicy.Pause),
            Lines = [new ProductionLine("line", null, TestPlant.Recipe(10, 100, 2, 10), "always")],
            Destinations = [],
        };
        var result = Run(scenario);
        Assert.Equal(50 * 100.0, result.Products[0].Produced);
        Assert.Equal(0, result.Products[0].BatchesLost);
    }

    [Fact]
    public void A_winter_allocation_of_Q_with_c_per_batch_gives_Q_over_c_batches_before_stock_out()
    {
        var scenario = TestPlant.Baseline(days: 60) with
        {
            Materials = [new Material("beans", "kg", 0, double.PositiveInfinity)],
            Allocations = [new Allocation("beans", 1234, TestPlant.Start.AddDays(10), null, null, 1, null)],
            Destinations = [],
        };
        var result = Run(scenario);
        Assert.Equal(123 * 100.0, result.Products[0].Produced);
        Assert.Equal(1234, result.Materials[0].Received);
        Assert.Equal(1230, result.Materials[0].Consumed);
        Assert.Equal(4, result.Materials[0].InStock, 9);
        // Before the allocation the line was blocked for want of input for all of the first 10 days.
        Assert.True(result.BlockedHours[(int)BlockCause.Input] >= 240);
    }

    [Fact]
    public void An_earmarked_allocation_is_not_drawn_by_another_programme()
    {
        var scenario = TestPlant.Baseline(days: 30) with
        {
            Materials = [new Material("beans", "kg", 0, double.PositiveInfinity)],
            Allocations = [new Allocation("beans", 1000, TestPlant.Start, null, null, 1, "school-milk")],
            Lines = [new ProductionLine("line", "shop-sauce", TestPlant.Recipe(10, 100, 1, 10), "always")],
            Destinations = [],
        };
        var result = Run(scenario);
        Assert.Equal(0, result.Products[0].Produced);
        Assert.Equal(1000, result.Materials[0].InStock);

        var ownProgramme = scenario with { Lines = [scenario.Lines[0] with { Programme = "school-milk" }] };
        Assert.Equal(100 * 100.0, Run(ownProgramme).Products[0].Produced);
    }

    [Fact]
    public void Storage_beyond_the_limit_is_refused_and_not_received()
    {
        var scenario = TestPlant.Baseline(days: 5) with
        {
            Materials = [new Material("beans", "kg", 100, 500)],
            Allocations = [new Allocation("beans", 1000, TestPlant.Start.AddDays(1), null, null, 1, null)],
            Lines = [],
            Destinations = [],
        };
        var ledger = Run(scenario).Materials[0];
        Assert.Equal(500, ledger.Received);
        Assert.Equal(600, ledger.Refused);
    }

    [Fact]
    public void A_truck_on_a_route_whose_stops_are_three_hours_apart_calls_at_eight_schools_a_day()
    {
        // Schools 15 km away without positions, so legs between them go through the plant (30 km, 3 h at
        // 10 km/h): leaving at midnight, the stops fall at 1.5 h, 4.5 h, …, 22.5 h, eight before the day ends.
        var schools = Enumerable.Range(0, 10).Select(i => TestPlant.School($"s{i}", distanceKm: 15)).ToList();
        var scenario = TestPlant.Baseline(days: 10) with { Destinations = schools };
        var result = Run(scenario);
        var perDay = result.Destinations.Sum(d => d.Deliveries) / 10.0;
        Assert.Equal(8, perDay, 0);
        Assert.All(result.Destinations, d => Assert.Equal(d.TargetDays - d.Deliveries, d.MissedDays[(int)MissCause.Carrier]));
    }

    [Fact]
    public void Product_that_outlives_its_shelf_life_spoils()
    {
        var scenario = TestPlant.Baseline(days: 10) with
        {
            Products = [new Product("milk", "L", ShelfLifeHours: 12, StorageCapacity: 300)],
            Destinations = [],
        };
        var ledger = Run(scenario).Products[0];
        Assert.True(ledger.Spoiled > 0);
        Assert.Equal(ledger.Produced, ledger.Delivered + ledger.Spoiled + ledger.InStock, 6);
        Assert.InRange(ledger.InStock, 0, 300);
    }

    [Fact]
    public void A_truck_without_fuel_stays_home_and_the_missed_days_are_blamed_on_fuel()
    {
        var scenario = TestPlant.Baseline(days: 10) with
        {
            Materials = [new Material("beans", "kg", 1e12, double.PositiveInfinity), new Material("diesel", "L", 24, double.PositiveInfinity)],
            Carriers = [TestPlant.Truck() with { Fuel = new FuelUse("diesel", 8, 0) }],
        };
        var result = Run(scenario);
        Assert.Equal(3, result.Destinations[0].Deliveries);
        Assert.Equal(7, result.Destinations[0].MissedDays[(int)MissCause.Fuel]);
        Assert.Equal(24, result.Materials[1].Consumed);
    }

    [Fact]
    public void Without_power_no_product_is_made_and_misses_are_blamed_on_power()
    {
        var scenario = TestPlant.Baseline(days: 10) with
        {
            Power = new PowerSupply(100, [], null, null, PowerLossPolicy.Pause),
        };
        var result = Run(scenario);
        Assert.Equal(0, result.Destinations[0].Deliveries);
        Assert.Equal(10, result.Destinations[0].MissedDays[(int)MissCause.Power]);
        Assert.Equal(240, result.BlockedHours[(int)BlockCause.Power], 6);
    }
}
