using Shortfall.Configuration;
using Shortfall.Model.Definition;
using Shortfall.Tests.Analysis;
using Shortfall.Tests.Configuration;

namespace Shortfall.Tests.Optimisation;

/// <summary>The remedies: section loads, is checked at its own lines, and any portfolio of it applies as one override.</summary>
public sealed class RemedyLoadingTests : IDisposable
{
    private static readonly string Onsong = TestFiles.Scenario("onsong-milk-plant.yaml");
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    /// <summary>Onsong with <paramref name="extra"/> added at the end of its remedies (just before its variants), and the line the extra text
    /// starts on.</summary>
    private (string Path, int FirstLine) WithExtraRemedies(string extra)
    {
        var text = File.ReadAllText(Onsong);
        var at = text.IndexOf("\nvariants:\n", StringComparison.Ordinal) + 1;
        var path = _directory["scenario.yaml"];
        File.WriteAllText(path, text[..at] + extra + text[at..]);
        return (path, text[..at].Count(c => c == '\n') + 1);
    }

    private Diagnostic SingleProblem(string extra)
    {
        var (path, _) = WithExtraRemedies(extra);
        return Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path)).Diagnostics);
    }

    [Fact]
    public void Onsongs_remedies_load_with_their_costs_and_units()
    {
        var remedies = ScenarioLoader.Load(Onsong).Remedies;
        var trucks = remedies.Single(r => r.Name == "trucks");
        Assert.Equal((50_000_000.0, 2), (trucks.Cost, trucks.Units));
        Assert.Equal(1, remedies.Single(r => r.Name == "generator").Units);
    }

    [Fact]
    public void A_portfolio_applies_its_sets_and_adds_each_additions_units_to_the_baseline_value()
    {
        var file = ScenarioLoader.Load(Onsong, [new ScenarioOverride("mix", []) { Remedies = [("trucks", 2), ("fuel", 3), ("night-shift", 1)] }]);
        var scenario = file.Variants.Single().Scenario;
        Assert.Equal(3, scenario.Carriers.Single(c => c.Name == "truck").Count);
        Assert.Equal(130.0 * 4, scenario.Allocations[3].Quantity);
        Assert.Equal(file.Baseline.Allocations[0].Quantity, scenario.Allocations[0].Quantity);
        Assert.NotEqual(file.Baseline.Calendars, scenario.Calendars);
    }

    [Fact]
    public void Amounts_that_two_remedies_add_to_one_path_add_up_in_the_baselines_unit()
    {
        var (path, _) = WithExtraRemedies("  drum:\n    cost: 2000000 won\n    add:\n      allocations[3].quantity: 0.2 m3\n");
        var file = ScenarioLoader.Load(path, [new ScenarioOverride("both", []) { Remedies = [("fuel", 2), ("drum", 1)] }]);
        Assert.Equal(130.0 + 2 * 130.0 + 200.0, file.Variants.Single().Scenario.Allocations[3].Quantity, 9);
    }

    [Fact]
    public void Two_remedies_that_set_one_path_conflict_at_the_later_ones_key_unless_one_excludes_the_other()
    {
        var (_, first) = WithExtraRemedies("");
        var problem = SingleProblem("  all-trucks:\n    cost: 1 won\n    set:\n      carriers.truck.count: 3\n");
        Assert.Equal((first + 3, 7), (problem.Line, problem.Column));
        Assert.Equal("remedies.all-trucks.set.carriers.truck.count", problem.Path);
        Assert.Contains("remedy 'trucks' also changes 'carriers.truck.count'", problem.Message);
        var (path, _) = WithExtraRemedies("  all-trucks:\n    cost: 1 won\n    excludes: [trucks]\n    set:\n      carriers.truck.count: 3\n");
        Assert.Contains(ScenarioLoader.Load(path).Remedies, r => r.Name == "trucks" && r.Excludes.Contains("all-trucks"));
    }

    [Fact]
    public void A_path_inside_another_remedys_path_conflicts_too()
    {
        var (path, _) = WithExtraRemedies("  bigger-generator:\n    cost: 1 won\n    set:\n      power.generator.capacity: 30 kW\n");
        var failure = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path));
        Assert.Contains(failure.Diagnostics, d => d.Message.Contains("remedy 'generator' also changes 'power.generator'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("  free:\n    cost: -5 won\n    set: {power.capacity: 40 kW}\n", "remedies.free.cost", "must not be negative")]
    [InlineData("  free:\n    cost: 5 USD\n    set: {power.capacity: 40 kW}\n", "remedies.free.cost", "in won")]
    [InlineData("  free:\n    cost: 5 won\n    units: 0\n    add: {carriers.truck.count: 1}\n", "remedies.free.units", "at least 1")]
    [InlineData("  free:\n    cost: 5 won\n", "remedies.free", "set:, add: or both")]
    [InlineData("  free:\n    set: {power.capacity: 40 kW}\n", "remedies.free", "missing required key 'cost'")]
    [InlineData("  free:\n    cost: 5 won\n    excludes: [truks]\n    set: {power.capacity: 40 kW}\n", "remedies.free.excludes[0]", "did you mean 'trucks'")]
    [InlineData("  free:\n    cost: 5 won\n    add: {carriers.truk.count: 1}\n", "remedies.free.add.carriers.truk.count", "no number or quantity")]
    [InlineData("  free:\n    cost: 5 won\n    add:\n      allocations[3].quantity: 2 h\n", "remedies.free.add.allocations[3].quantity",
        "write it like '130 L'")]
    [InlineData("  free:\n    cost: 5 won\n    add: {carriers.truck.calendar: 1}\n", "remedies.free.add.carriers.truck.calendar", "not a number or quantity")]
    [InlineData("  free:\n    cost: 5 won\n    set: {carriers.truk.count: 2}\n", "remedies.free.set.carriers.truk.count", "did you mean 'truck'")]
    [InlineData("  free:\n    cost: 5 won\n    set: {remedies.trucks.cost: 2 won}\n", "remedies.free.set.remedies.trucks.cost", "cannot change the remedies")]
    public void A_bad_remedy_is_reported_at_its_own_field(string extra, string path, string message)
    {
        var problem = SingleProblem(extra);
        Assert.Equal(path, problem.Path);
        Assert.Contains(message, problem.Message);
        Assert.True(problem.Line > 0);
    }

    [Fact]
    public void A_numbers_only_override_may_still_buy_remedies_that_set_lists()
    {
        var change = new ScenarioOverride("draw", [("power.capacity", "40 kW")]) { NumbersOnly = true, Remedies = [("more-power-hours", 1)] };
        var scenario = ScenarioLoader.Load(Onsong, [change]).Variants.Single().Scenario;
        Assert.Equal(40.0, scenario.Power.CapacityKw);
        var refused = change with { Set = [("power.seasons[0].windows", "08:00-14:00")] };
        Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(Onsong, [refused]));
    }

    [Fact]
    public void An_override_with_an_unknown_remedy_or_too_many_units_is_refused()
    {
        var failure = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(Onsong,
            [new ScenarioOverride("a", []) { Remedies = [("truks", 1)] }, new ScenarioOverride("b", []) { Remedies = [("trucks", 3)] }]));
        Assert.Contains(failure.Diagnostics, d => d.Message.Contains("no remedy 'truks'", StringComparison.Ordinal));
        Assert.Contains(failure.Diagnostics, d => d.Message.Contains("allows 1 to 2", StringComparison.Ordinal));
    }

    [Fact]
    public void A_remedy_whose_most_units_break_the_scenario_says_so()
    {
        var problem = SingleProblem("  overfill:\n    cost: 5 won\n    units: 2\n    add: {materials.diesel.opening_stock: 300 L}\n");
        Assert.Contains("in remedy 'overfill' (2 units)", problem.Message);
    }
}
