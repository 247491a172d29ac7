using System.Text;
using Shortfall.Analysis.Sensitivity;
using Shortfall.Configuration;
using Shortfall.Model;
using Shortfall.Randomness;
using Shortfall.Tests.Analysis.Commands;

namespace Shortfall.Tests.Analysis.Sensitivity;

public class ScenarioOverridesTests
{
    private static Shortfall.Model.Definition.ScenarioFile Rewrite(params (string Name, IReadOnlyList<(string, string)> Set)[] variants)
    {
        var text = ScenarioOverrides.WithVariants(File.ReadAllText(Cli.Onsong), variants);
        return ScenarioLoader.Load(Encoding.UTF8.GetBytes(text), "rewritten.yaml");
    }

    [Fact]
    public void The_rewritten_file_keeps_the_baseline_and_replaces_the_variants()
    {
        var original = ScenarioLoader.Load(Cli.Onsong);
        var rewritten = Rewrite(("point-0001", [("carriers.truck.count", "2")]));
        Assert.Equal(["point-0001"], rewritten.Variants.Select(v => v.Name));
        // Same plant: one replication gives the same deliveries in every destination-month.
        var a = PlantSimulation.Run(original.Baseline, new RandomStreams(3, 0));
        var b = PlantSimulation.Run(rewritten.Baseline, new RandomStreams(3, 0));
        Assert.Equal(a.DestinationMonths, b.DestinationMonths);
        Assert.Equal(a.Events, b.Events);
    }

    [Fact]
    public void A_points_values_reach_its_scenario_as_a_variant_would_set_them()
    {
        var rewritten = Rewrite(("point-0001", [("carriers.truck.count", "3"), ("power.capacity", "45.5 kW")]));
        var scenario = rewritten.Variants[0].Scenario;
        Assert.Equal(3, scenario.Carriers.Single(c => c.Name == "truck").Count);
        Assert.Equal(45.5, scenario.Power.CapacityKw);
    }

    [Fact]
    public void A_path_that_does_not_exist_is_reported_by_the_loader()
    {
        var failure = Assert.Throws<ScenarioException>(() => Rewrite(("point-0001", [("carriers.truk.count", "3")])));
        Assert.Contains(failure.Diagnostics, d => d.Path == "variants.point-0001.set.carriers.truk.count" && d.Message.Contains("did you mean 'truck'"));
    }
}
