using Shortfall.Configuration;
using Shortfall.Model.Time;
using Shortfall.Tests.Configuration;

namespace Shortfall.Tests.Model.Time;

/// <summary>
/// Scenarios bound separately share their worked-out calendars when their horizon, calendars and power seasons are the same (a
/// calibration's attempts, a file's variants), and never when one of those differs: a variant that sharing wrongly would run on
/// another variant's shifts or grid schedule.
/// </summary>
public class PlantCalendarsTests
{
    private static readonly string Onsong = TestFiles.Scenario("onsong-milk-plant.yaml");

    [Fact]
    public void Two_attempts_that_change_only_numbers_share_one_set_of_calendars()
    {
        var template = ScenarioLoader.Prepare(File.ReadAllBytes(Onsong), Onsong);
        var first = template.Bind(new ScenarioOverride("a", [("allocations[3].quantity", "90 L")]) { NumbersOnly = true });
        var second = template.Bind(new ScenarioOverride("b", [("allocations[3].quantity", "400 L")]) { NumbersOnly = true });

        Assert.NotSame(first, second);
        Assert.Same(PlantCalendars.Of(first), PlantCalendars.Of(second));
    }

    [Theory]
    [InlineData("night-shift", "plant-shift")]
    [InlineData("more-power-hours", null)]
    public void A_variant_with_other_hours_gets_calendars_of_its_own(string variant, string? calendar)
    {
        var file = ScenarioLoader.Load(Onsong);
        var baseline = PlantCalendars.Of(file.Baseline);
        var changed = PlantCalendars.Of(file.Variants.Single(v => v.Name == variant).Scenario);

        Assert.NotSame(baseline, changed);
        var (before, after) = calendar is null ? (baseline.Grid, changed.Grid) : (baseline.Named[calendar], changed.Named[calendar]);
        var hours = Enumerable.Range(0, baseline.Plan.Days * 24).Select(hour => hour + 0.5);
        Assert.Contains(hours, time => before.IsOpen(time) != after.IsOpen(time));
    }

    [Fact]
    public void The_variants_that_keep_the_baselines_hours_share_its_calendars()
    {
        var file = ScenarioLoader.Load(Onsong);
        var baseline = PlantCalendars.Of(file.Baseline);

        Assert.Same(baseline, PlantCalendars.Of(file.Variants.Single(v => v.Name == "more-fuel").Scenario));
    }

    [Fact]
    public void The_inputs_compared_are_every_member_of_what_the_calendars_are_made_from()
    {
        // PlantCalendars shares calendars between scenarios that agree on these members; one added without being compared would
        // let scenarios that differ in it share calendars.
        static string[] Members(Type type) => [.. type.GetProperties().Select(p => p.Name).Order()];
        Assert.Equal(["End", "Hours", "Start"], Members(typeof(Shortfall.Model.Definition.Horizon)));
        Assert.Equal(["Closed", "Name", "Weekdays", "Windows"], Members(typeof(Shortfall.Model.Definition.WorkCalendar)));
        Assert.Equal(["Months", "Windows"], Members(typeof(Shortfall.Model.Definition.SupplySeason)));
    }
}
