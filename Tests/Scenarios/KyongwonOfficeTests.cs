using Shortfall.Configuration;
using Shortfall.Model;
using Shortfall.Model.Definition;
using Shortfall.Model.Results;
using Shortfall.Randomness;
using Shortfall.Tests.Configuration;

namespace Shortfall.Tests.Scenarios;

/// <summary>
/// The technology office as the report describes it: workers "lucky to step into the office once a
/// year", and ten more computers that power, not their number, makes useless. Replications of one
/// fixed seed; intervals are Student-t at 99% over replications (t(19, 0.995) = 2.861), so a check
/// fails only when the scenario, not the draw, is off.
/// </summary>
public class KyongwonOfficeTests
{
    private const int Replications = 20;
    private const double T99 = 2.861;
    private static readonly ScenarioFile File = ScenarioLoader.Load(TestFiles.Scenario("kyongwon-technology-office.yaml"));

    private static Scenario Variant(string name) => File.Variants.Single(v => v.Name == name).Scenario;

    private static EquipmentTotals[] Office(Scenario scenario) =>
        [.. Enumerable.Range(0, Replications).Select(k => PlantSimulation.Run(scenario, new RandomStreams(7, k)).Equipment[0])];

    private static (double Mean, double HalfWidth) Interval(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
        return (mean, T99 * sd / Math.Sqrt(values.Count));
    }

    [Fact]
    public void In_the_baseline_a_worker_is_served_about_once_a_year()
    {
        var computers = File.Baseline.Equipment[0];
        var years = (File.Baseline.Horizon.End.DayNumber - File.Baseline.Horizon.Start.DayNumber) / 365.0;
        var perWorker = Office(File.Baseline).Select(t => t.Served / (double)computers.Users / years).ToList();
        var (mean, half) = Interval(perWorker);
        // "About once a year" read as 1 ± 30%: the whole 99% interval of the mean must lie inside it.
        Assert.InRange(mean - half, 0.7, 1.3);
        Assert.InRange(mean + half, 0.7, 1.3);
    }

    [Fact]
    public void Without_power_ten_more_computers_add_almost_nothing_and_with_power_they_serve_the_visits_three_turn_away_busy()
    {
        var baseline = Office(File.Baseline);
        var computers = Office(Variant("ten-computers"));
        var power = Office(Variant("office-power"));
        var both = Office(Variant("power-and-computers"));

        // Without power in the office's hours most visits find the computers dark, few find them busy.
        Assert.True(baseline.Sum(t => t.TurnedAwayNoPower) > 10 * baseline.Sum(t => t.TurnedAwayBusy));
        var (darkGain, darkHalf) = Interval([.. computers.Zip(baseline, (a, b) => (double)(a.Served - b.Served))]);
        var (litGain, litHalf) = Interval([.. both.Zip(power, (a, b) => (double)(a.Served - b.Served))]);
        // Paired on the same random numbers: the computers' gain with power exceeds their gain without it many times over.
        Assert.True(litGain - litHalf > 5 * (darkGain + darkHalf), $"with power {litGain} ± {litHalf}, without {darkGain} ± {darkHalf}");
        // With power, three computers turn visits away busy, and thirteen turn away almost none.
        Assert.True(power.Average(t => t.TurnedAwayBusy) > 10 * both.Average(t => t.TurnedAwayBusy));
    }
}
