using Shortfall.Configuration;
using Shortfall.Model.Definition;
using Shortfall.Randomness;

namespace Shortfall.Tests.Configuration;

/// <summary>The technology-office scenario: equipment that needs power, and two remedies of equal cost.</summary>
public class KyongwonScenarioTests
{
    private static readonly ScenarioFile File = ScenarioLoader.Load(TestFiles.Scenario("kyongwon-technology-office.yaml"));

    [Fact]
    public void The_office_has_three_computers_drawing_a_quarter_kilowatt_each()
    {
        var computers = Assert.Single(File.Baseline.Equipment);
        Assert.Equal(("computers", 3, 0.25, "office-hours"), (computers.Name, computers.Units, computers.PowerKwPerUnit, computers.Calendar));
        Assert.Equal(5, Assert.IsType<Exponential>(computers.VisitInterval).Mean);
        Assert.Equal(1, Assert.IsType<Constant>(computers.SessionHours).Value);
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
    public void Both_remedies_cost_the_ten_cells_four_million_won()
    {
        Assert.All(File.Variants, v => Assert.Equal(4_000_000, v.Cost));
        Assert.Equal(13, File.Variants.Single(v => v.Name == "ten-computers").Scenario.Equipment[0].Units);
        var fuelled = File.Variants.Single(v => v.Name == "generator-fuel").Scenario;
        Assert.Equal(300, fuelled.Materials.Single(m => m.Name == "diesel").OpeningStock);
        Assert.Equal(3, fuelled.Equipment[0].Units);
    }
}
