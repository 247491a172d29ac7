using Shortfall.Configuration;

namespace Shortfall.Tests.Configuration;

/// <summary>A sweep's input is named for its reader from the scenario's own names, not by its path.</summary>
public class PathLabelTests
{
    private static readonly Lazy<ScenarioTemplate> Onsong = new(() =>
    {
        var path = TestFiles.Scenario("onsong-milk-plant.yaml");
        return ScenarioLoader.Prepare(File.ReadAllBytes(path), path);
    });

    [Theory]
    [InlineData("allocations[3].quantity", "diesel allocation quantity")]
    [InlineData("allocations[0].delay.mean", "soybeans allocation delay (mean)")]
    [InlineData("power.outages.up.mean", "time between power outages (mean)")]
    [InlineData("power.outages.down.mean", "power outage length (mean)")]
    [InlineData("carriers.truck.count", "truck count")]
    [InlineData("materials.diesel.opening_stock", "diesel opening stock")]
    [InlineData("power.capacity", "power capacity")]
    public void A_path_is_labelled_with_the_scenario_s_names(string path, string label)
    {
        Assert.Equal(label, Onsong.Value.Label(path));
    }

    [Fact]
    public void A_path_that_does_not_parse_keeps_its_text_and_a_missing_item_is_named_by_its_place()
    {
        Assert.Equal("nonsense..path", Onsong.Value.Label("nonsense..path"));
        Assert.Equal("allocation 100 quantity", Onsong.Value.Label("allocations[99].quantity"));
    }
}
