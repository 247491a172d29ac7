using Shortfall.Configuration;
using Shortfall.Configuration.Calibration;
using Shortfall.Tests.Configuration;

namespace Shortfall.Tests.Calibration;

/// <summary>The uncertain: and observations: sections as loaded, and a parameter set put under a file's baseline and variants.</summary>
public sealed class CalibrationSectionsTests
{
    [Fact]
    public void Onsong_declares_its_uncertain_numbers_and_the_reports_observation_through_the_school_year()
    {
        var file = ScenarioLoader.Load(TestFiles.Scenario("onsong-milk-plant.yaml"));

        Assert.Equal(["allocations[3].quantity", "power.outages.up.mean", "carriers.truck.breakdowns.between.mean"], file.Uncertain.Select(u => u.Path));
        Assert.All(file.Uncertain, u => Assert.IsType<LogUniformPrior>(u.Prior));
        Assert.Equal("L", file.Uncertain[0].Unit);
        var terms = file.Observations.Where(o => o.Output == ObservedOutput.DeliveriesPerDestinationMonth).ToList();
        Assert.Equal(2, terms.Count);
        Assert.All(terms, o => Assert.Equal(2, o.Value));
        // Together the terms cover the school months outside the winter and summer vacations.
        Assert.Equal([4, 5, 6, 7, 9, 10, 11, 12], terms.SelectMany(o => o.Months).Order());
        Assert.Equal(0, file.Observations.Single(o => o.Output == ObservedOutput.NoDeliveryShare).Error.Distance(0.2, 0, 0));
    }

    [Fact]
    public void Kyongwon_observes_about_one_served_visit_per_worker_and_year()
    {
        var file = ScenarioLoader.Load(TestFiles.Scenario("kyongwon-technology-office.yaml"));

        var observation = Assert.Single(file.Observations);
        Assert.Equal(ObservedOutput.SessionsPerUserYear, observation.Output);
        Assert.Equal(1, observation.Value);
        Assert.Contains(file.Uncertain, u => u.Path == "equipment.computers.visit_interval.mean" && u.Unit == "min");
    }

    [Fact]
    public void A_count_is_written_rounded_and_a_quantity_with_its_unit()
    {
        Assert.Equal("2", new UncertainInput("carriers.truck.count", new UniformPrior(1, 3), "", Whole: true).Format(2.4));
        Assert.Equal("137.5 L", new UncertainInput("allocations[3].quantity", new UniformPrior(50, 800), "L", Whole: false).Format(137.5));
    }

    [Fact]
    public void A_parameter_set_goes_under_the_baseline_and_every_variant_and_a_variant_keeps_its_own_value_at_the_same_path()
    {
        var path = TestFiles.Scenario("onsong-milk-plant.yaml");
        var point = new ScenarioOverride("set", [("allocations[3].quantity", "400 L"), ("power.outages.up.mean", "10 h")]) { NumbersOnly = true };

        var file = ScenarioLoader.LoadAt(File.ReadAllBytes(path), path, point);

        Assert.Equal(400, file.Baseline.Allocations[3].Quantity);
        Assert.Equal(10, file.Baseline.Power.Outages!.Up.Mean, 12);
        var parents = file.Variants.Single(v => v.Name == "parents-as-carriers").Scenario;
        Assert.Equal(400, parents.Allocations[3].Quantity);
        Assert.Equal(10, parents.Power.Outages!.Up.Mean, 12);
        Assert.Equal(260, file.Variants.Single(v => v.Name == "more-fuel").Scenario.Allocations[3].Quantity);
    }

    [Fact]
    public void A_parameter_set_the_file_cannot_take_is_reported_at_its_path()
    {
        var path = TestFiles.Scenario("onsong-milk-plant.yaml");
        var point = new ScenarioOverride("set", [("power.outages.up.mean", "-1 h")]) { NumbersOnly = true };

        var problem = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadAt(File.ReadAllBytes(path), path, point));

        Assert.Contains(problem.Diagnostics, d => d.Path == "power.outages.up" && d.Line == 0);
    }
}
