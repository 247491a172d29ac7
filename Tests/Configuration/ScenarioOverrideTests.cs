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

    [Fact]
    public void A_path_may_name_one_parameter_of_a_distribution_and_the_others_are_kept()
    {
        var scenario = Load(new ScenarioOverride("point-0001", [("power.outages.up.mean", "6 h"), ("power.outages.down.sd", "2 h")])).Variants[0].Scenario;
        var outages = scenario.Power.Outages!;
        Assert.Equal(6, outages.Up.Mean, 12);
        // lognormal(mean = 1.5 h, sd = 1 h) with sd 2 h keeps its mean of 1.5 h.
        Assert.Equal(1.5, outages.Down.Mean, 12);
        Assert.NotEqual(ScenarioLoader.Load(Cli.Onsong).Baseline.Power.Outages!.Down, outages.Down);
    }

    [Fact]
    public void A_parameter_the_distribution_does_not_have_is_refused_with_the_nearest_name()
    {
        var failure = Assert.Throws<ScenarioException>(() => Load(new ScenarioOverride("p", [("power.outages.up.maen", "6 h")])));
        var problem = Assert.Single(failure.Diagnostics);
        Assert.Contains("exponential has no parameter 'maen'", problem.Message);
        Assert.Contains("did you mean 'mean'", problem.Message);
    }

    [Fact]
    public void A_parameters_value_is_checked_in_the_distributions_unit()
    {
        var failure = Assert.Throws<ScenarioException>(() => Load(new ScenarioOverride("p", [("power.outages.up.mean", "6 kg")])));
        Assert.Contains("the mean of exponential must be a duration", Assert.Single(failure.Diagnostics).Message);
    }

    [Fact]
    public void A_constant_has_no_parameters()
    {
        var failure = Assert.Throws<ScenarioException>(() => Load(new ScenarioOverride("p", [("power.outages.up", "4 h"), ("power.outages.up.mean", "6 h")])));
        Assert.Contains("is the constant '4 h', which has no parameter 'mean'", Assert.Single(failure.Diagnostics).Message);
    }

    [Fact]
    public void When_numbers_only_a_whole_distribution_is_refused_and_its_parameters_are_named()
    {
        var failure = Assert.Throws<ScenarioException>(() => Load(new ScenarioOverride("p", [("power.outages.up", "4 h")]) { NumbersOnly = true }));
        var message = Assert.Single(failure.Diagnostics).Message;
        Assert.Contains("'power.outages.up' is the distribution 'exponential(mean = 4 h)', not one number", message);
        Assert.Contains("'power.outages.up.mean'", message);
    }

    [Theory]
    [InlineData("power.outages.up.mean", "5 h")]
    [InlineData("carriers.truck.count", "2")]
    [InlineData("power.capacity", "40 kW")]
    public void When_numbers_only_a_path_to_one_number_is_accepted(string path, string value) =>
        Assert.Single(Load(new ScenarioOverride("p", [(path, value)]) { NumbersOnly = true }).Variants);

    [Fact]
    public void When_numbers_only_a_list_or_a_section_is_refused()
    {
        var failure = Assert.Throws<ScenarioException>(() => Load(new ScenarioOverride("p", [("power.outages", "x")]) { NumbersOnly = true }));
        Assert.Contains("'power.outages' is ", Assert.Single(failure.Diagnostics).Message);
        Assert.Contains("not one number", Assert.Single(failure.Diagnostics).Message);
    }

    [Fact]
    public void A_prepared_template_binds_an_override_as_the_loader_does()
    {
        var content = File.ReadAllBytes(Cli.Onsong);
        var change = new ScenarioOverride("p", [("power.outages.up.mean", "6 h"), ("carriers.truck.count", "2")]) { NumbersOnly = true };
        var template = ScenarioLoader.Prepare(content, Cli.Onsong).Bind(change);
        var loaded = ScenarioLoader.Load(content, Cli.Onsong, [change]).Variants[0].Scenario;
        var a = PlantSimulation.Run(template, new RandomStreams(5, 0));
        var b = PlantSimulation.Run(loaded, new RandomStreams(5, 0));
        Assert.Equal(b.DestinationMonths, a.DestinationMonths);
        Assert.Equal(b.Events, a.Events);
        Assert.NotEqual(PlantSimulation.Run(ScenarioLoader.Load(Cli.Onsong).Baseline, new RandomStreams(5, 0)).Events, a.Events);
    }

    [Fact]
    public void A_prepared_template_reports_a_bad_override_as_the_loader_does()
    {
        var content = File.ReadAllBytes(Cli.Onsong);
        var change = new ScenarioOverride("p", [("power.outages.up", "4 h")]) { NumbersOnly = true };
        var fromTemplate = Assert.Throws<ScenarioException>(() => ScenarioLoader.Prepare(content, Cli.Onsong).Bind(change));
        var fromLoader = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(content, Cli.Onsong, [change]));
        Assert.Equal(fromLoader.Diagnostics, fromTemplate.Diagnostics);
    }

    [Fact]
    public void A_template_bound_again_and_again_gives_each_override_its_own_values_and_the_baseline_its_own()
    {
        // The template's scalars keep what they were read as; an override's values must still win, and not outlive their binding.
        var template = ScenarioLoader.Prepare(File.ReadAllBytes(Cli.Onsong), Cli.Onsong);
        var baseline = ScenarioLoader.Load(Cli.Onsong).Baseline;
        foreach (var (mean, count) in new[] { ("6 h", "2"), ("30 h", "1"), ("6 h", "3") })
        {
            var change = new ScenarioOverride("p", [("power.outages.up.mean", mean), ("carriers.truck.count", count)]) { NumbersOnly = true };
            var scenario = template.Bind(change);
            Assert.Equal(double.Parse(mean[..^2]), scenario.Power.Outages!.Up.Mean, 12);
            Assert.Equal(int.Parse(count), scenario.Carriers.Single(c => c.Name == "truck").Count);
            var kept = template.Bind(new ScenarioOverride("q", [("carriers.parents.count", "0")]) { NumbersOnly = true });
            Assert.Equal(baseline.Power.Outages!.Up.Mean, kept.Power.Outages!.Up.Mean);
            Assert.Equal(baseline.Carriers.Single(c => c.Name == "truck").Count, kept.Carriers.Single(c => c.Name == "truck").Count);
        }
    }
}
