using Shortfall.Configuration;
using Shortfall.Model;
using Shortfall.Model.Definition;
using Shortfall.Randomness;
using Shortfall.Tests.Analysis.Commands;

namespace Shortfall.Tests.Configuration;

/// <summary>Overrides a program makes (a sweep's points) are applied and checked as a variant's set: is.</summary>
public class ScenarioOverrideTests
{
    private static ScenarioFile Load(params ScenarioOverride[] overrides) => ScenarioLoader.Load(Cli.Onsong, overrides);

    [Fact]
    public void The_baseline_is_the_files_and_the_overrides_replace_its_variants()
    {
        var original = ScenarioLoader.Load(Cli.Onsong);
        var overridden = Load(new ScenarioOverride("point-0001", [("carriers.truck.count", "2")]));
        Assert.Equal(["point-0001"], overridden.Variants.Select(v => v.Name));
        Assert.Equal(original.ContentHash, overridden.ContentHash);
        // Same plant: one replication gives the same deliveries in every destination-month.
        var a = PlantSimulation.Run(original.Baseline, new RandomStreams(3, 0));
        var b = PlantSimulation.Run(overridden.Baseline, new RandomStreams(3, 0));
        Assert.Equal(a.DestinationMonths, b.DestinationMonths);
        Assert.Equal(a.Events, b.Events);
    }

    [Fact]
    public void An_overrides_values_reach_its_scenario_as_a_variant_would_set_them()
    {
        var scenario = Load(new ScenarioOverride("point-0001", [("carriers.truck.count", "3"), ("power.capacity", "45.5 kW")])).Variants[0].Scenario;
        Assert.Equal(3, scenario.Carriers.Single(c => c.Name == "truck").Count);
        Assert.Equal(45.5, scenario.Power.CapacityKw);
    }

    [Fact]
    public void A_path_that_does_not_exist_is_reported_at_that_path_without_a_place_in_the_file()
    {
        var failure = Assert.Throws<ScenarioException>(() => Load(new ScenarioOverride("point-0001", [("carriers.truk.count", "3")])));
        var problem = Assert.Single(failure.Diagnostics);
        Assert.Equal(("carriers.truk.count", 0, 0), (problem.Path, problem.Line, problem.Column));
        Assert.Contains("did you mean 'truck'", problem.Message);
    }

    [Fact]
    public void A_value_out_of_range_is_reported_with_the_override_that_brought_it()
    {
        var failure = Assert.Throws<ScenarioException>(() => Load(new ScenarioOverride("point-0002", [("carriers.truck.count", "-1")])));
        var problem = Assert.Single(failure.Diagnostics);
        Assert.Equal(("carriers.truck.count", 0), (problem.Path, problem.Line));
        Assert.StartsWith("in override 'point-0002': ", problem.Message);
    }

    [Fact]
    public void A_malformed_path_is_reported_not_thrown()
    {
        var failure = Assert.Throws<ScenarioException>(() => Load(new ScenarioOverride("point-0003", [("carriers..count", "1")])));
        Assert.Contains(failure.Diagnostics, d => d.Path == "carriers..count" && d.Message.StartsWith("in override 'point-0003': ", StringComparison.Ordinal));
    }
}
