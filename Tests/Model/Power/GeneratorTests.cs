using Shortfall.Model;
using Shortfall.Model.Definition;
using Shortfall.Model.Results;
using Shortfall.Randomness;

namespace Shortfall.Tests.Model.Power;

/// <summary>
/// The generator runs only while something draws from it, takes over from the grid without a cut,
/// and lets a line that would lose a cut batch start one past the grid's window only when its fuel
/// and kW can carry the batch. Grid 08:00–13:00, a staffed shift 08:00–17:00, 2 h batches of 10 kW.
/// </summary>
public class GeneratorTests
{
    private const int Days = 10;

    private static Scenario Plant(double fuel, double generatorKw = 50, double beans = 1e12, double reserve = 0) => TestPlant.Baseline(Days) with
    {
        Calendars = [TestPlant.Calendar("always"), TestPlant.Calendar("shift", new DailyWindow(8, 17))],
        Power = new PowerSupply(100, [new SupplySeason(Enumerable.Range(1, 12).ToHashSet(), [new DailyWindow(8, 13)])],
            null, new Generator(generatorKw, "diesel", FuelPerHour: 1) { ReserveFuel = reserve }, PowerLossPolicy.LoseBatch),
        Materials = [new Material("beans", "kg", beans, double.PositiveInfinity), new Material("diesel", "L", fuel, double.PositiveInfinity)],
        Lines = [new ProductionLine("line", null, TestPlant.Recipe(10, 100, 2, 10), "shift")],
        Destinations = [],
    };

    private static ReplicationResult Run(Scenario scenario) => PlantSimulation.Run(scenario, new RandomStreams(1, 0));

    [Fact]
    public void A_generator_with_fuel_takes_over_a_running_batch_without_cutting_it_and_runs_only_while_the_line_draws()
    {
        // Batches start at 8, 10 and 12 on the grid; the one at 12 goes on at 13 on the generator,
        // then 14 and 16 (the last ends at 18, past the shift, which does not stop a batch).
        // The generator runs 13:00–18:00: 5 h and 5 L a day.
        var result = Run(Plant(fuel: 1000));
        Assert.Equal(0, result.Products[0].BatchesLost);
        Assert.Equal(Days * 5 * 100.0, result.Products[0].Produced);
        Assert.Equal(Days * 5.0, result.GeneratorHours, 9);
        Assert.Equal(Days * 5.0, result.Materials[1].Consumed, 9);
    }

    [Fact]
    public void A_generator_burns_nothing_on_a_staffed_afternoon_when_nothing_draws_power()
    {
        var result = Run(Plant(fuel: 1000, beans: 0));
        Assert.Equal(0, result.GeneratorHours);
        Assert.Equal(0, result.Materials[1].Consumed);
        Assert.Equal(1000, result.Materials[1].InStock);
    }

    [Fact]
    public void A_generator_without_fuel_does_not_lift_the_check_against_batches_the_schedule_will_cut()
    {
        // Only the batches at 8 and 10 fit the 5 h window; none is started at 12 to be lost at 13.
        var result = Run(Plant(fuel: 0));
        Assert.Equal(0, result.Products[0].BatchesLost);
        Assert.Equal(Days * 2 * 100.0, result.Products[0].Produced);
        Assert.Equal(0, result.GeneratorHours);
    }

    [Fact]
    public void A_generator_too_small_for_the_line_does_not_lift_the_check_either()
    {
        var result = Run(Plant(fuel: 1000, generatorKw: 5));
        Assert.Equal(0, result.Products[0].BatchesLost);
        Assert.Equal(Days * 2 * 100.0, result.Products[0].Produced);
        Assert.Equal(0, result.Materials[1].Consumed);
    }

    [Fact]
    public void A_line_starts_a_batch_past_the_window_only_while_the_fuel_carries_it_through()
    {
        // 3 L: day 1 runs 12:00–14:00 (1 h on the generator, 2 L left) and 14:00–16:00 (2 h, 0 L left):
        // 3 batches on the generator plus 2 a day on the grid, and nothing is ever lost.
        var result = Run(Plant(fuel: 3));
        Assert.Equal(0, result.Products[0].BatchesLost);
        Assert.Equal((Days * 2 + 2) * 100.0, result.Products[0].Produced);
        Assert.Equal(3, result.Materials[1].Consumed, 9);
    }

    [Fact]
    public void A_generator_leaves_its_reserve_in_stock_for_the_carriers()
    {
        // 10 L with 8 L reserved: 2 L to burn. Day 1's batch at 12 needs 1 h past the window (1 L);
        // the one at 14 would need 2 h and only 1 L is left above the reserve, so it is not started;
        // day 2's batch at 12 takes the last litre above the reserve.
        var result = Run(Plant(fuel: 10, reserve: 8));
        Assert.Equal(2, result.Materials[1].Consumed, 9);
        Assert.Equal(8, result.Materials[1].InStock, 9);
        Assert.Equal((Days * 2 + 2) * 100.0, result.Products[0].Produced);
        Assert.Equal(0, result.Products[0].BatchesLost);
    }

    [Fact]
    public void A_generator_whose_fuel_a_truck_has_taken_stands_by_no_longer_so_visits_are_turned_away_rather_than_cut_at_once()
    {
        // No grid at all. A line that needs no power makes milk from 00:00; the truck takes the 8 L of
        // diesel for its first trip at 01:00. The computer's visits (every 5 h from 05:00) then find no
        // generator on standby: all nine are turned away for want of power, none served and cut.
        var scenario = TestPlant.Baseline(days: 2) with
        {
            Power = new PowerSupply(100, [], null, new Generator(5, "diesel", FuelPerHour: 1), PowerLossPolicy.Pause),
            Materials = [new Material("beans", "kg", 1e12, double.PositiveInfinity), new Material("diesel", "L", 8, double.PositiveInfinity)],
            Lines = [new ProductionLine("line", null, TestPlant.Recipe(10, 100, 1, kw: 0), "always")],
            Carriers = [TestPlant.Truck() with { Fuel = new FuelUse("diesel", 8, 0) }],
            Equipment = [new ServiceEquipment("computer", 1, 0.3, "always", new Constant(5), new Constant(1))],
        };
        var result = Run(scenario);
        Assert.Equal(8, result.Materials[1].Consumed);
        Assert.Equal((0, 0, 9), (result.Equipment[0].Served, result.Equipment[0].SessionsCut, result.Equipment[0].TurnedAwayNoPower));
    }
}
