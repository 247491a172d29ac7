using System.Text;
using Shortfall.Configuration;
using Shortfall.Model.Definition;

namespace Shortfall.Tests.Configuration;

/// <summary>Variants are patches on the baseline's YAML tree, checked like the baseline once applied.</summary>
public class VariantPatchingTests
{
    private const string Baseline = SmallPlant.Yaml;

    private static ScenarioFile Load(string variants) =>
        ScenarioLoader.Load(Encoding.UTF8.GetBytes(Baseline + "variants:\n" + variants), "t.yaml");

    private static IReadOnlyList<Diagnostic> Problems(string variants) =>
        Assert.Throws<ScenarioException>(() => Load(variants)).Diagnostics;

    private static Scenario Only(ScenarioFile file) => Assert.Single(file.Variants).Scenario;

    [Fact]
    public void An_override_changes_the_variant_and_leaves_the_baseline_alone()
    {
        var file = Load("  two:\n    cost: 5000 won\n    set: {carriers.truck.count: 2}\n");

        Assert.Equal(2, Only(file).Carriers[0].Count);
        Assert.Equal(1, file.Baseline.Carriers[0].Count);
        Assert.Equal(new Variant("two", "", 5000, Only(file)), file.Variants[0]);
    }

    [Fact]
    public void A_list_item_is_addressed_by_its_index()
    {
        var file = Load("  longer:\n    set:\n      power.seasons[0].windows: [\"06:00-14:00\"]\n");

        Assert.Equal([new DailyWindow(6, 14)], Only(file).Power.Seasons[0].Windows);
    }

    [Fact]
    public void An_optional_key_the_baseline_leaves_out_can_be_added()
    {
        var file = Load("  generator:\n    set:\n      power.generator: {capacity: 5 kW, fuel: diesel, consumption: 2 L/h}\n");

        Assert.Equal(new Generator(5, "diesel", 2), Only(file).Power.Generator);
        Assert.Null(file.Baseline.Power.Generator);
    }

    [Fact]
    public void A_new_named_entry_can_be_added()
    {
        var file = Load("  bicycles:\n    set:\n      carriers.bicycle: {count: 4, capacity: 20 L, speed: 12 km/h, calendar: shift}\n");

        Assert.Equal(["truck", "bicycle"], Only(file).Carriers.Select(c => c.Name));
    }

    [Fact]
    public void An_empty_value_removes_an_optional_key()
    {
        var file = Load("  reliable:\n    set: {power.outages: null}\n");

        Assert.Null(Only(file).Power.Outages);
        Assert.NotNull(file.Baseline.Power.Outages);
    }

    [Fact]
    public void Changing_the_defaults_changes_every_destination_that_takes_them()
    {
        var file = Load("  weekly:\n    set: {destination_defaults.target: 4 per month}\n");

        Assert.All(Only(file).Destinations, d => Assert.Equal(4, d.Target.PerMonth));
    }

    [Fact]
    public void A_path_missing_from_the_baseline_is_reported_at_the_variant_key()
    {
        var problem = Assert.Single(Problems("  more:\n    set:\n      carriers.trucks.count: 2\n"));

        Assert.Equal(
            "t.yaml:27:7: variants.more.set.carriers.trucks.count: the baseline has no 'trucks' in carriers; did you mean 'truck'?",
            problem.ToString());
    }

    [Fact]
    public void A_step_into_an_optional_object_the_baseline_lacks_asks_for_the_whole_object()
    {
        var problem = Assert.Single(Problems("  more:\n    set:\n      power.generator.capacity: 5 kW\n"));

        Assert.Equal("the baseline has no 'power.generator'; set 'power.generator' as a whole", problem.Message);
    }

    [Fact]
    public void A_bad_value_is_reported_where_the_variant_wrote_it()
    {
        var problem = Assert.Single(Problems("  more:\n    set:\n      carriers.truck.speed: 30 km\n"));

        Assert.Equal(
            "t.yaml:27:29: carriers.truck.speed: in variant 'more': expected a speed like '30 km/h', got '30 km'",
            problem.ToString());
    }

    [Fact]
    public void Problems_the_variant_causes_elsewhere_are_reported_there_and_name_the_variant()
    {
        var problems = Problems("  kilos:\n    set: {products.milk.unit: kg}\n");

        Assert.Equal(
            [(16, 29, "lines.line.recipe.output.milk"), (19, 31, "carriers.truck.capacity"), (22, 17, "destinations.a.quantity"), (23, 17,
                "destinations.b.quantity")],
            problems.Select(p => (p.Line, p.Column, p.Path)));
        Assert.Equal("in variant 'kilos': expected a mass like '50 kg' for product milk (unit kg), got '100 L'", problems[0].Message);
    }

    [Fact]
    public void Problems_of_the_baseline_are_not_repeated_for_each_variant()
    {
        var text = Baseline.Replace("capacity: 10 kW",
            "capacity: 10 kg") + "variants:\n  a: {set: {carriers.truck.count: 2}}\n  b: {set: {carriers.truck.count: 3}}\n";

        var problems = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(Encoding.UTF8.GetBytes(text), "t.yaml")).Diagnostics;

        Assert.Equal("power.capacity", Assert.Single(problems).Path);
    }
}
