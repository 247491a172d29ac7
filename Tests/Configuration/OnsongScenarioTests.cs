using System.Security.Cryptography;
using Shortfall.Configuration;
using Shortfall.Model.Definition;
using Shortfall.Randomness;

namespace Shortfall.Tests.Configuration;

/// <summary>The reference scenario loads and its values arrive converted to the definition's units.</summary>
public class OnsongScenarioTests
{
    private static readonly string PathToFile = TestFiles.Scenario("onsong-milk-plant.yaml");
    private static readonly ScenarioFile File = ScenarioLoader.Load(PathToFile);
    private static Scenario Baseline => File.Baseline;

    private static Scenario VariantScenario(string name) => File.Variants.Single(v => v.Name == name).Scenario;

    [Fact]
    public void It_names_its_file_and_hashes_its_bytes()
    {
        Assert.Equal(PathToFile, File.Path);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(System.IO.File.ReadAllBytes(PathToFile))), File.ContentHash);
    }

    [Fact]
    public void The_horizon_is_the_year_2021()
    {
        Assert.Equal(new Horizon(new DateOnly(2021, 1, 1), new DateOnly(2022, 1, 1)), Baseline.Horizon);
        Assert.Equal(8760, Baseline.Horizon.Hours);
        Assert.Equal("won", Baseline.Currency);
    }

    [Fact]
    public void Calendars_resolve_weekday_ranges_and_periods()
    {
        var school = Baseline.Calendars.Single(c => c.Name == "school-days");
        Assert.Equal(6, school.Weekdays.Count);
        Assert.DoesNotContain(DayOfWeek.Sunday, school.Weekdays);
        Assert.Equal([new DailyWindow(8, 13)], school.Windows);
        // 15 holidays, two winter ranges, the spring and the summer vacation.
        Assert.Equal(19, school.Closed.Count);
        Assert.Contains(new DateRange(new DateOnly(2021, 8, 1), new DateOnly(2021, 8, 20)), school.Closed);
        Assert.Contains(new DateRange(new DateOnly(2021, 4, 15), new DateOnly(2021, 4, 15)), school.Closed);
    }

    [Fact]
    public void Power_has_three_seasons_with_night_windows_split_at_midnight()
    {
        var power = Baseline.Power;
        Assert.Equal(30, power.CapacityKw);
        Assert.Equal(3, power.Seasons.Count);
        Assert.Equal([1, 2, 12], power.Seasons[0].Months.Order());
        Assert.Equal([new DailyWindow(11, 14), new DailyWindow(22, 28)], power.Seasons[0].Windows);
        Assert.Equal(4, Assert.IsType<Exponential>(power.Outages!.Up).Mean);
        var down = Assert.IsType<LogNormal>(power.Outages.Down);
        Assert.Equal((1.5, 1.0), (down.Mean, down.StandardDeviation));
        Assert.Equal(PowerLossPolicy.LoseBatch, power.OnPowerLoss);
        Assert.Null(power.Generator);
    }

    [Fact]
    public void Material_quantities_are_converted_to_the_declared_unit()
    {
        var soybeans = Baseline.Materials.Single(m => m.Name == "soybeans");
        Assert.Equal(new Material("soybeans", "kg", 300, 12000) { Ration = RationRule.UntilNextAllocation }, soybeans);
        Assert.Equal(new Material("packaging", "pcs", 10000, 500000) { Ration = RationRule.UntilNextAllocation },
            Baseline.Materials.Single(m => m.Name == "packaging"));
    }

    [Fact]
    public void The_winter_allocation_is_in_kilograms_with_its_delay_in_hours()
    {
        var beans = Baseline.Allocations.Single(a => a.Material == "soybeans");
        Assert.Equal(10000, beans.Quantity);
        Assert.Equal(new DateOnly(2021, 1, 15), beans.Planned);
        Assert.Equal(14 * 24, Assert.IsType<Exponential>(beans.Delay).Mean);
        var fraction = Assert.IsType<Uniform>(beans.DeliveredFraction);
        Assert.Equal((0.6, 1.0), (fraction.Minimum, fraction.Maximum));
        Assert.Equal(0.95, beans.ArrivalProbability);
        Assert.Equal("children-nutrition", beans.Programme);
        Assert.Null(Baseline.Allocations.Single(a => a.Material == "diesel").Programme);
    }

    [Fact]
    public void Soymilk_keeps_two_days_and_is_made_for_use_when_less_than_150_litres_are_left()
    {
        Assert.Equal(new Product("soymilk", "L", 48, 1500) { RestockBelow = 150, Make = MakeRule.ForUse }, Assert.Single(Baseline.Products));
    }

    [Fact]
    public void The_line_runs_a_recipe_of_beans_sugar_and_bags()
    {
        var line = Assert.Single(Baseline.Lines);
        Assert.Equal(("soymilk-line", "children-nutrition", "plant-shift"), (line.Name, line.Programme, line.StaffCalendar));
        Assert.Equal(new Dictionary<string, double> { ["soybeans"] = 50, ["sugar"] = 5, ["packaging"] = 2000 }, line.Recipe.Inputs);
        Assert.Equal(("soymilk", 400.0, 15.0), (line.Recipe.Output, line.Recipe.OutputQuantity, line.Recipe.PowerKw));
        var duration = Assert.IsType<Triangular>(line.Recipe.BatchHours);
        Assert.Equal((2.5, 3.0, 4.0), (duration.Minimum, duration.Mode, duration.Maximum));
    }

    [Fact]
    public void The_truck_burns_diesel_and_breaks_down_while_parents_start_at_zero()
    {
        var truck = Baseline.Carriers.Single(c => c.Name == "truck");
        Assert.Equal((1, 1200.0, 20.0, "driver"), (truck.Count, truck.Capacity, truck.SpeedKmPerHour, truck.Calendar));
        Assert.Equal(0.25, Assert.IsType<Constant>(truck.HandlingHours).Value);
        Assert.Equal(new FuelUse("diesel", 1, 0.25), truck.Fuel);
        Assert.Equal(30, Assert.IsType<Exponential>(truck.Breakdowns!.Between).Mean);
        Assert.Equal(48, Assert.IsType<LogNormal>(truck.Breakdowns.Repair).Mean);
        Assert.Empty(truck.Serves);
        var parents = Baseline.Carriers.Single(c => c.Name == "parents");
        Assert.Equal((0, 80.0, 4.0), (parents.Count, parents.Capacity, parents.SpeedKmPerHour));
        Assert.Null(parents.Fuel);
        Assert.Null(parents.Breakdowns);
    }

    [Fact]
    public void Six_schools_take_the_shared_defaults()
    {
        Assert.Equal(6, Baseline.Destinations.Count);
        Assert.Equal(
            new Destination("onsong-school-1", "soymilk", 420, 84, 42, "school-days", new DeliveryTarget(null), 1.5) { Position = new Location(1.2, 0.6) },
            Baseline.Destinations[0]);
        Assert.All(Baseline.Destinations, d => Assert.True(d.Target.EveryCalendarDay));
        Assert.Equal(DispatchRule.MostOverdueFirst, Baseline.Dispatch);
    }

    [Fact]
    public void All_nine_remedies_load_in_file_order_each_with_a_cost()
    {
        Assert.Equal(
            ["more-power-hours", "parents-as-carriers", "power-and-parents", "second-truck", "more-fuel", "supplies-on-time", "generator", "night-shift",
                "even-supply"],
            File.Variants.Select(v => v.Name));
        Assert.Equal(50_000_000, File.Variants.Single(v => v.Name == "second-truck").Cost);
        Assert.All(File.Variants, v => Assert.True(v.Cost > 0, v.Name));
    }

    [Fact]
    public void Each_remedy_changes_only_what_it_sets()
    {
        Assert.Equal(2, VariantScenario("second-truck").Carriers.Single(c => c.Name == "truck").Count);
        Assert.Equal(6, VariantScenario("parents-as-carriers").Carriers.Single(c => c.Name == "parents").Count);
        Assert.Equal(1, VariantScenario("parents-as-carriers").Carriers.Single(c => c.Name == "truck").Count);
        Assert.Equal(
            [new DailyWindow(8, 17), new DailyWindow(21, 28)],
            VariantScenario("night-shift").Calendars.Single(c => c.Name == "plant-shift").Windows);
        Assert.Equal([new DailyWindow(8, 17)], VariantScenario("night-shift").Calendars.Single(c => c.Name == "driver").Windows);
        Assert.Equal(
            [new DailyWindow(8, 17), new DailyWindow(21, 27)],
            VariantScenario("more-power-hours").Power.Seasons[2].Windows);
        var both = VariantScenario("power-and-parents");
        Assert.Equal(VariantScenario("more-power-hours").Power.Seasons.SelectMany(s => s.Windows), both.Power.Seasons.SelectMany(s => s.Windows));
        Assert.Equal(6, both.Carriers.Single(c => c.Name == "parents").Count);
        Assert.Equal(1, Baseline.Carriers.Single(c => c.Name == "truck").Count);
    }

    [Fact]
    public void Even_supply_spreads_each_material_over_twelve_monthly_allocations()
    {
        var allocations = VariantScenario("even-supply").Allocations;
        Assert.Equal(48, allocations.Count);
        var beans = allocations.Where(a => a.Material == "soybeans").ToList();
        Assert.Equal(Enumerable.Range(1, 12).Select(m => new DateOnly(2021, m, 15)), beans.Select(a => a.Planned));
        Assert.All(beans, a => Assert.Equal(833, a.Quantity));
    }
}
