using System.Security.Cryptography;
using System.Text;
using Shortfall.Configuration;
using Shortfall.Model.Definition;

namespace Shortfall.Tests.Configuration;

public class LoaderTests
{
    private const string Minimal = "scenario: {name: t, currency: won}\nhorizon: {start: 2021-01-01, length: 1 months}\npower: {capacity: 10 kW}\n";

    [Fact]
    public void A_missing_file_is_reported_with_its_path_and_no_position()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "no-such-scenario.yaml");

        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path));

        var diagnostic = Assert.Single(exception.Diagnostics);
        Assert.Equal(0, diagnostic.Line);
        Assert.StartsWith($"{path}: cannot read file: ", diagnostic.ToString());
    }

    [Fact]
    public void Null_arguments_fail_at_once()
    {
        Assert.Throws<ArgumentNullException>(() => ScenarioLoader.Load(null!));
        Assert.Throws<ArgumentNullException>(() => ScenarioLoader.Load(null!, "t.yaml"));
        Assert.Throws<ArgumentNullException>(() => ScenarioLoader.Load([], null!));
    }

    [Fact]
    public void A_period_may_be_named_like_a_year()
    {
        var text = Minimal + "periods:\n  2021-holidays: [2021-01-01]\ncalendars:\n  shift: {closed: [2021-holidays, 2021-01-05..2021-01-06]}\n";

        var calendar = Assert.Single(ScenarioLoader.Load(Encoding.UTF8.GetBytes(text), "t.yaml").Baseline.Calendars);

        Assert.Equal(
            [new DateRange(new DateOnly(2021, 1, 1), new DateOnly(2021, 1, 1)), new DateRange(new DateOnly(2021, 1, 5), new DateOnly(2021, 1, 6))],
            calendar.Closed);
    }

    [Fact]
    public void A_diagnostic_reads_file_line_column_path_and_message()
    {
        var content = Encoding.UTF8.GetBytes(Minimal.Replace("10 kW", "10 kg"));

        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(content, "plant.yaml"));

        Assert.Equal("plant.yaml:3:19: power.capacity: expected a power like '15 kW', got '10 kg'", Assert.Single(exception.Diagnostics).ToString());
        Assert.Equal(exception.Diagnostics[0].ToString(), exception.Message);
    }

    [Fact]
    public void Every_problem_is_reported_at_once_sorted_by_line_and_column()
    {
        const string text = "scenario: {name: t, currency: won}\n"
            + "horizon: {start: 2021-01-01, length: 1 months}\n"
            + "power: {capacity: -1 kW, on_power_loss: stop}\n"
            + "products:\n  milk: {unit: L, shelf_life: 0 h}\n";

        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(Encoding.UTF8.GetBytes(text), "t.yaml"));

        Assert.Equal(
            [(3, 19, "power.capacity"), (3, 41, "power.on_power_loss"), (5, 31, "products.milk.shelf_life")],
            exception.Diagnostics.Select(d => (d.Line, d.Column, d.Path)).ToList());
    }

    [Fact]
    public void The_content_hash_is_the_sha256_of_the_file_bytes_in_lower_case_hex()
    {
        var content = Encoding.UTF8.GetBytes(Minimal);

        var file = ScenarioLoader.Load(content, "t.yaml");

        Assert.Equal(Convert.ToHexString(SHA256.HashData(content)).ToLowerInvariant(), file.ContentHash);
        Assert.Equal(64, file.ContentHash.Length);
        Assert.Equal("t.yaml", file.Path);
    }

    [Fact]
    public void A_byte_order_mark_is_skipped_but_hashed()
    {
        var content = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Minimal)).ToArray();

        var file = ScenarioLoader.Load(content, "t.yaml");

        Assert.Equal("t", file.Baseline.Name);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), file.ContentHash);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_reported()
    {
        var content = Encoding.UTF8.GetBytes(Minimal).Append((byte)0xFF).ToArray();

        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(content, "t.yaml"));

        Assert.Equal("t.yaml:1:1: the file is not UTF-8 text (invalid byte at offset 107)", Assert.Single(exception.Diagnostics).ToString());
    }

    [Fact]
    public void A_minimal_file_gets_the_documented_defaults()
    {
        var scenario = ScenarioLoader.Load(Encoding.UTF8.GetBytes(Minimal), "t.yaml").Baseline;

        var season = Assert.Single(scenario.Power.Seasons);
        Assert.Equal(Enumerable.Range(1, 12), season.Months.Order());
        Assert.Equal([new DailyWindow(0, 24)], season.Windows);
        Assert.Null(scenario.Power.Outages);
        Assert.Null(scenario.Power.Generator);
        Assert.Equal(PowerLossPolicy.Pause, scenario.Power.OnPowerLoss);
        Assert.Equal(DispatchRule.RoundRobin, scenario.Dispatch);
        Assert.Equal("", scenario.Description);
        Assert.Empty(scenario.Materials);
        Assert.Equal(new DateOnly(2021, 2, 1), scenario.Horizon.End);
    }

    [Fact]
    public void A_material_may_be_rationed_and_a_generator_may_keep_a_reserve_for_the_carriers()
    {
        var text = Minimal.Replace("power: {capacity: 10 kW}",
            "power: {capacity: 10 kW, generator: {capacity: 5 kW, fuel: diesel, consumption: 2 L/h, reserve: 0.2 m3}}")
            + "materials:\n  beans: {unit: kg, ration: until-next-allocation}\n  diesel: {unit: L}\n";

        var baseline = ScenarioLoader.Load(Encoding.UTF8.GetBytes(text), "t.yaml").Baseline;

        Assert.Equal([RationRule.UntilNextAllocation, RationRule.None], baseline.Materials.Select(m => m.Ration));
        Assert.Equal(200, baseline.Power.Generator!.ReserveFuel, 9);
    }
}
