using System.Text.Json;
using Shortfall.Analysis.Output;
using Shortfall.Analysis.Reports;
using Shortfall.Analysis.Running;
using Shortfall.Analysis.Statistics;

namespace Shortfall.Tests.Analysis.Output;

public class SummaryJsonTests
{
    private static JsonElement Document(out RunOutcome outcome)
    {
        var plant = new FakePlant(0.3);
        var plan = Runs.Plan(new FixedReplications(25), 2,
            plant.Variant("baseline", Runs.Seed), (plant with { DeliveryProbability = 0.4 }).Variant("second truck", Runs.Seed, cost: 3e6));
        outcome = Runs.InMemory(plan);
        var bytes = SummaryJson.Serialize(new RunDescription("Onsong milk plant", "abc123", 7, plan.Stopping) { Currency = "won" }, outcome);
        return JsonDocument.Parse(bytes).RootElement.Clone();
    }

    private static string[] Keys(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();

    [Fact]
    public void The_document_has_the_promised_keys_in_a_fixed_order()
    {
        var root = Document(out _);
        Assert.Equal(["scenario", "scenario_hash", "currency", "material_units", "product_units", "seed", "replications", "headline_metric",
            "confidence_level", "stopping", "events", "variants"], Keys(root));
        var variant = root.GetProperty("variants")[1];
        Assert.Equal(
        [
            "name", "description", "cost", "headline", "deliveries_per_destination_month", "target_met_probability",
            "all_targets_met_probability", "per_destination", "blocked_hours", "missed_days_by_cause", "spoiled",
            "trips_lost", "per_replication_means", "receipts", "by_month", "materials", "carriers", "difference_vs_baseline",
            "effect_per_cost", "service",
        ], Keys(variant));
        Assert.Equal(["mean", "ci_low", "ci_high", "n", "p05", "p25", "p50", "p75", "p95", "histogram"],
            Keys(variant.GetProperty("deliveries_per_destination_month")));
        Assert.Equal(["estimate", "ci_low", "ci_high", "successes", "trials", "effective_trials"], Keys(variant.GetProperty("target_met_probability")));
        Assert.Equal(["power", "input", "carrier", "staff", "storage", "fuel"], Keys(variant.GetProperty("blocked_hours")));
        Assert.Equal(["mean", "ci_low", "ci_high", "n"], Keys(variant.GetProperty("difference_vs_baseline")));
        Assert.Equal(["mean", "ci_low", "ci_high"], Keys(variant.GetProperty("effect_per_cost")));
        Assert.Equal(["quantity_per_person_open_day", "full_ration_share", "no_delivery_share"], Keys(variant.GetProperty("receipts")));
        Assert.Equal(["mean", "ci_low", "ci_high", "n", "difference_vs_baseline"], Keys(variant.GetProperty("receipts").GetProperty("no_delivery_share")));
        Assert.Equal(["month", "mean", "ci_low", "ci_high", "n", "no_delivery_share", "per_destination"], Keys(variant.GetProperty("by_month")[0]));
        Assert.Equal(["name", "mean", "ci_low", "ci_high", "n", "no_delivery_share"],
            Keys(variant.GetProperty("by_month")[0].GetProperty("per_destination")[0]));
        Assert.Equal(["name", "refused", "lost_in_cut_batches"], Keys(variant.GetProperty("materials")[0]));
        Assert.Equal(["name", "distance_km", "stops"], Keys(variant.GetProperty("carriers")[0]));
    }

    [Fact]
    public void Numbers_read_back_as_the_same_doubles()
    {
        var root = Document(out var outcome);
        var variant = root.GetProperty("variants")[1];
        var summary = outcome.Variants[1];
        Assert.Equal(summary.Headline.Estimate.Mean, variant.GetProperty("headline").GetProperty("mean").GetDouble());
        Assert.Equal(summary.Difference!.CiLow, variant.GetProperty("difference_vs_baseline").GetProperty("ci_low").GetDouble());
        Assert.Equal(summary.TargetMet!.CiHigh, variant.GetProperty("target_met_probability").GetProperty("ci_high").GetDouble());
        Assert.Equal(summary.EffectPerCost!.EffectPerUnitCost, variant.GetProperty("effect_per_cost").GetProperty("mean").GetDouble());
        Assert.Equal(25, root.GetProperty("replications").GetInt64());
        Assert.Equal(7UL, root.GetProperty("seed").GetUInt64());
    }

    [Fact]
    public void What_is_undefined_is_null_never_nan()
    {
        var root = Document(out _);
        var baseline = root.GetProperty("variants")[0];
        Assert.Equal(JsonValueKind.Null, baseline.GetProperty("cost").ValueKind);
        Assert.Equal(JsonValueKind.Null, baseline.GetProperty("difference_vs_baseline").ValueKind);
        Assert.Equal(JsonValueKind.Null, baseline.GetProperty("effect_per_cost").ValueKind);
    }

    [Fact]
    public void The_histogram_counts_every_destination_month()
    {
        var root = Document(out _);
        var histogram = root.GetProperty("variants")[0].GetProperty("deliveries_per_destination_month").GetProperty("histogram");
        // 25 replications × 3 destinations × 4 months.
        Assert.Equal(300, histogram.EnumerateArray().Sum(b => b.GetProperty("count").GetInt64()));
    }

    [Fact]
    public void A_document_read_back_through_its_contract_writes_the_same_bytes()
    {
        var plant = new FakePlant(0.3);
        var plan = Runs.Plan(new PrecisionStopping(new PrecisionRule(5, 0.2, 0.5), includeProportions: false, 40), 2,
            plant.Variant("baseline", Runs.Seed), (plant with { DeliveryProbability = 0.4 }).Variant("second truck", Runs.Seed, cost: 3e6));
        var outcome = Runs.InMemory(plan);
        var bytes = SummaryJson.Serialize(new RunDescription("Onsong milk plant", "abc123", 7, plan.Stopping) { Currency = "won" }, outcome);
        using var directory = new TemporaryDirectory();
        File.WriteAllBytes(directory[SummaryJson.FileName], bytes);

        var read = SummaryReader.Read(directory[SummaryJson.FileName]);

        Assert.Equal(bytes, SummaryJson.Serialize(read));
        Assert.Equal("precision", read.Stopping.Rule);
        Assert.Null(read.Stopping.ProportionHalfWidth);
        Assert.Equal(outcome.Variants[1].Receipts.NoDeliveryShare!.Difference!.Mean, read.Variants[1].Receipts!.NoDeliveryShare!.DifferenceVsBaseline!.Mean);
    }

    [Fact]
    public void Only_a_precision_rule_writes_the_precision_fields()
    {
        var fixedRule = Document(out _).GetProperty("stopping");
        Assert.Equal(["rule", "maximum_replications", "met"], Keys(fixedRule));
    }
}
