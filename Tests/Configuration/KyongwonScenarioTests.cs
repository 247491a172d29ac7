using Shortfall.Configuration;
using Shortfall.Model.Definition;
using Shortfall.Randomness;

namespace Shortfall.Tests.Configuration;

/// <summary>The technology-office scenario: equipment that needs power, and remedies with their costs.</summary>
public class KyongwonScenarioTests
{
    private static readonly ScenarioFile File = ScenarioLoader.Load(TestFiles.Scenario("kyongwon-technology-office.yaml"));

    [Fact]
    public void The_office_has_three_computers_drawing_a_quarter_kilowatt_each()
    {
        var computers = Assert.Single(File.Baseline.Equipment);
        Assert.Equal(("computers", 3, 0.25, "office-hours"), (computers.Name, computers.Units, computers.PowerKwPerUnit, computers.Calendar));
        Assert.Equal(25 / 60.0, Assert.IsType<Exponential>(computers.VisitInterval).Mean, 12);
        Assert.Equal(1, Assert.IsType<Constant>(computers.SessionHours).Value);
        Assert.Equal(120, computers.Users);
    }

    [Fact]
    public void The_generator_stands_idle_without_diesel()
    {
        Assert.Equal(new Generator(10, "diesel", 3), File.Baseline.Power.Generator);
        Assert.Equal(0, File.Baseline.Materials.Single(m => m.Name == "diesel").OpeningStock);
        Assert.Equal(PowerLossPolicy.Pause, File.Baseline.Power.OnPowerLoss);
    }

    [Fact]
    public void The_factory_sells_sauce_to_the_township_shop_eight_times_a_month()
    {
        var shop = Assert.Single(File.Baseline.Destinations);
        Assert.Equal(8, shop.Target.PerMonth);
        Assert.Equal(("soy-sauce", 200.0, 100.0), (shop.Product, shop.QuantityPerDelivery, shop.MinimumQuantity));
        Assert.True(double.IsPositiveInfinity(Assert.Single(File.Baseline.Products).ShelfLifeHours));
    }

    [Fact]
    public void Every_remedy_has_a_cost_and_changes_what_it_says()
    {
        Assert.Equal(["ten-computers", "office-power", "power-and-computers", "generator-fuel"], File.Variants.Select(v => v.Name));
        Assert.Equal([4_000_000.0, 4_000_000, 8_000_000, 4_000_000], File.Variants.Select(v => v.Cost));
        Assert.Equal(13, File.Variants.Single(v => v.Name == "ten-computers").Scenario.Equipment[0].Units);
        var fuelled = File.Variants.Single(v => v.Name == "generator-fuel").Scenario;
        Assert.Equal(300, fuelled.Materials.Single(m => m.Name == "diesel").OpeningStock);
        Assert.Equal(3, fuelled.Equipment[0].Units);
        var both = File.Variants.Single(v => v.Name == "power-and-computers").Scenario;
        Assert.Equal(13, both.Equipment[0].Units);
        var power = File.Variants.Single(v => v.Name == "office-power").Scenario.Power;
        Assert.Equal(power.Seasons.SelectMany(s => s.Windows), both.Power.Seasons.SelectMany(s => s.Windows));
        Assert.Contains(new DailyWindow(17, 18), power.Seasons[0].Windows);
    }
}
