using Shortfall.Configuration;
using Shortfall.Model.Definition;
using Shortfall.Model.Results;
using Shortfall.Tests.Configuration;

namespace Shortfall.Tests.Scenarios;

/// <summary>
/// What README says about Onsong, checked on the scenario file itself: the baseline reproduces the
/// report's "about twice a month" through the school year, and each claim that a constraint binds is
/// shown by removing it (the deliveries move) and each claim that one does not by removing it (they
/// stay, within a margin of 0.15 deliveries per school-month, 7 % of the baseline). Replications are
/// paired on common random numbers, as in <c>shortfall run</c>; the intervals are 95 % t intervals.
/// </summary>
public class OnsongAnswerTests
{
    private const int Replications = 100;
    private const double Negligible = 0.15;

    /// <summary>Months 0–11 of 2021: the winter months, when the grid's day window is shorter than a batch, and the rest.</summary>
    private static readonly int[] Winter = [0, 1, 11];
    private static readonly int[] SchoolYear = [2, 3, 4, 5, 6, 7, 8, 9, 10];

    private static readonly ScenarioFile File = ScenarioLoader.Load(TestFiles.Scenario("onsong-milk-plant.yaml"));
    private static readonly Lazy<ReplicationResult[]> Baseline = new(() => PairedRuns.Run(File.Baseline, Replications));

    private static double InMonths(ReplicationResult result, int[] months) =>
        result.DestinationMonths.Where(m => months.Contains(m.Month)).Average(m => m.Deliveries);

    private static ReplicationResult[] Run(Func<Scenario, Scenario> change) => PairedRuns.Run(change(File.Baseline), Replications);

    private static Scenario WithMaterial(Scenario scenario, string name, Func<Material, Material> change) =>
        scenario with { Materials = [.. scenario.Materials.Select(m => m.Name == name ? change(m) : m)] };

    [Fact]
    public void The_baseline_gives_about_two_deliveries_per_school_month()
    {
        var mean = PairedRuns.Mean(Baseline.Value, PairedRuns.DeliveriesPerDestinationMonth);
        // "About twice a month" read as between 1.5 and 2.5; the whole interval must lie inside.
        Assert.InRange(mean.CiLow!.Value, 1.5, 2.5);
        Assert.InRange(mean.CiHigh!.Value, 1.5, 2.5);
    }

    [Fact]
    public void Schools_get_milk_now_and_then_in_every_month_from_March_to_November_not_a_feast_then_famine()
    {
        // Every school-year month has deliveries, none has a feast (August has only the ten days after the vacation).
        foreach (var month in SchoolYear)
        {
            Assert.InRange(PairedRuns.Mean(Baseline.Value, r => InMonths(r, [month])).Mean, 0.5, 4);
        }
        // The median school-month of the school year gets two or three deliveries.
        var months = Baseline.Value.SelectMany(r => r.DestinationMonths.Where(m => SchoolYear.Contains(m.Month))).Select(m => m.Deliveries).Order().ToArray();
        Assert.InRange(months[months.Length / 2], 2, 3);
    }

    [Fact]
    public void Diesel_binds_with_plenty_of_diesel_deliveries_rise()
    {
        var plenty = Run(s => WithMaterial(s, "diesel", m => new Material("diesel", "L", 1e6, double.PositiveInfinity)));
        var change = PairedRuns.Difference(Baseline.Value, plenty, r => InMonths(r, SchoolYear));
        Assert.True(change.CiLow > 1, $"{change.Mean} [{change.CiLow}, {change.CiHigh}]");
    }

    [Fact]
    public void Power_binds_in_winter_only_with_the_grid_on_all_day_winter_deliveries_rise_and_the_rest_stay()
    {
        var allDay = Run(s => s with
        {
            Power = s.Power with { Seasons = [new SupplySeason(Enumerable.Range(1, 12).ToHashSet(), [new DailyWindow(0, 24)])], Outages = null },
        });
        var winter = PairedRuns.Difference(Baseline.Value, allDay, r => InMonths(r, Winter));
        Assert.True(winter.CiLow > 1, $"winter {winter.Mean} [{winter.CiLow}, {winter.CiHigh}]");
        var rest = PairedRuns.Difference(Baseline.Value, allDay, r => InMonths(r, SchoolYear));
        Assert.InRange(rest.CiLow!.Value, -Negligible, Negligible);
        Assert.InRange(rest.CiHigh!.Value, -Negligible, Negligible);
    }

    [Fact]
    public void Beans_bind_only_in_the_years_their_allocation_does_not_come()
    {
        var more = Run(s => WithMaterial(s, "soybeans", m => m with { OpeningStock = m.OpeningStock + 20_000, StorageCapacity = double.PositiveInfinity }));
        // The allocation arrived when more than the opening stock was received.
        var opening = File.Baseline.Materials.Single(m => m.Name == "soybeans").OpeningStock;
        var arrived = Enumerable.Range(0, Replications).Where(k => Baseline.Value[k].Materials[0].Received > opening).ToArray();
        var missing = Enumerable.Range(0, Replications).Except(arrived).ToArray();
        Assert.NotEmpty(missing);
        var whenArrived = PairedRuns.Difference([.. arrived.Select(k => Baseline.Value[k])], [.. arrived.Select(k => more[k])],
            PairedRuns.DeliveriesPerDestinationMonth);
        Assert.InRange(whenArrived.CiLow!.Value, -Negligible, Negligible);
        Assert.InRange(whenArrived.CiHigh!.Value, -Negligible, Negligible);
        Assert.All(missing, k => Assert.True(
            PairedRuns.DeliveriesPerDestinationMonth(more[k]) > PairedRuns.DeliveriesPerDestinationMonth(Baseline.Value[k]) + 1));
    }

    [Fact]
    public void The_truck_does_not_bind_a_second_one_changes_nothing_on_the_same_diesel()
    {
        var second = PairedRuns.Run(File.Variants.Single(v => v.Name == "second-truck").Scenario, Replications);
        var change = PairedRuns.Difference(Baseline.Value, second, PairedRuns.DeliveriesPerDestinationMonth);
        Assert.InRange(change.CiLow!.Value, -Negligible, Negligible);
        Assert.InRange(change.CiHigh!.Value, -Negligible, Negligible);
    }

    [Fact]
    public void Parents_who_need_no_diesel_more_than_double_the_deliveries()
    {
        var parents = PairedRuns.Run(File.Variants.Single(v => v.Name == "parents-as-carriers").Scenario, Replications);
        var change = PairedRuns.Difference(Baseline.Value, parents, PairedRuns.DeliveriesPerDestinationMonth);
        var baseline = PairedRuns.Mean(Baseline.Value, PairedRuns.DeliveriesPerDestinationMonth);
        Assert.True(change.CiLow > baseline.Mean, $"{change.Mean} [{change.CiLow}, {change.CiHigh}] against {baseline.Mean}");
    }
}
