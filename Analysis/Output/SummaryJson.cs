using System.Text.Json;
using Shortfall.Analysis.Running;
using Shortfall.Analysis.Statistics;

namespace Shortfall.Analysis.Output;

/// <summary>
/// summary.json: the run and each variant's statistics. Keys are written in a fixed order and
/// every double in its shortest round-trip form, culture-invariant, so the same outcome always
/// gives the same bytes. Undefined values (an interval from one replication, the baseline's
/// difference from itself, a ratio without a cost) are null.
/// </summary>
public static class SummaryJson
{
    /// <summary>The file's name in a results directory.</summary>
    public const string FileName = "summary.json";

    /// <summary>The document for <paramref name="run"/> and its <paramref name="outcome"/>, as UTF-8 bytes ending in a newline.</summary>
    public static byte[] Serialize(RunDescription run, RunOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(outcome);
        return JsonOutput.Document(json =>
        {
            json.WriteStartObject();
            json.WriteString("scenario", run.Scenario);
            json.WriteString("scenario_hash", run.ScenarioHash);
            json.WriteNumber("seed", run.Seed);
            json.WriteNumber("replications", outcome.Replications);
            json.WriteString("headline_metric", outcome.Variants[0].Headline.Metric.Name());
            Number(json, "confidence_level", 0.95);
            WriteStopping(json, run.Stopping, outcome.StoppingRuleMet);
            json.WriteNumber("events", outcome.Events);
            json.WriteStartArray("variants");
            foreach (var variant in outcome.Variants)
                WriteVariant(json, variant, run.VariantDescriptions.GetValueOrDefault(variant.Name));
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void WriteStopping(Utf8JsonWriter json, StoppingRule stopping, bool met)
    {
        json.WriteStartObject("stopping");
        switch (stopping)
        {
            case FixedReplications:
                json.WriteString("rule", "fixed");
                break;
            case PrecisionStopping precision:
                json.WriteString("rule", precision.IncludeProportions ? "precision_all" : "precision");
                Number(json, "relative_half_width", precision.Rule.MaximumRelativeHalfWidth);
                Number(json, "proportion_half_width", precision.IncludeProportions ? precision.Rule.MaximumProportionHalfWidth : null);
                json.WriteNumber("minimum_replications", precision.Rule.MinimumReplications);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(stopping), stopping.GetType().Name, "Unknown stopping rule.");
        }
        json.WriteNumber("maximum_replications", stopping.MaximumReplications);
        json.WriteBoolean("met", met);
        json.WriteEndObject();
    }

    private static void WriteVariant(Utf8JsonWriter json, VariantSummary variant, string? description)
    {
        json.WriteStartObject();
        json.WriteString("name", variant.Name);
        json.WriteString("description", description);
        Number(json, "cost", variant.Cost);
        json.WriteStartObject("headline");
        json.WriteString("metric", variant.Headline.Metric.Name());
        JsonOutput.MeanFields(json, variant.Headline.Estimate);
        json.WriteEndObject();

        if (variant.Deliveries is { } deliveries)
        {
            json.WriteStartObject("deliveries_per_destination_month");
            JsonOutput.MeanFields(json, deliveries.Mean);
            json.WriteNumber("p05", deliveries.P05);
            json.WriteNumber("p25", deliveries.P25);
            json.WriteNumber("p50", deliveries.P50);
            json.WriteNumber("p75", deliveries.P75);
            json.WriteNumber("p95", deliveries.P95);
            json.WriteStartArray("histogram");
            foreach (var bin in deliveries.Histogram)
            {
                json.WriteStartObject();
                json.WriteNumber("value", bin.Lower);
                json.WriteNumber("count", bin.Count);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("deliveries_per_destination_month");
        }
        Proportion(json, "target_met_probability", variant.TargetMet);
        Proportion(json, "all_targets_met_probability", variant.AllTargetsMet);

        json.WriteStartArray("per_destination");
        foreach (var destination in variant.Destinations)
        {
            json.WriteStartObject();
            json.WriteString("name", destination.Name);
            JsonOutput.Mean(json, "deliveries_per_month", destination.DeliveriesPerMonth);
            Proportion(json, "target_met_probability", destination.TargetMet);
            Number(json, "longest_gap_days", destination.LongestGapDays);
            Named(json, "missed_days_by_cause", Measures.MissedDays, destination.MissedDaysByCause);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        Named(json, "blocked_hours", Measures.BlockedHours, variant.BlockedHours);
        Named(json, "missed_days_by_cause", Measures.MissedDays, variant.MissedDays);
        Number(json, "spoiled", variant.Total(Measures.Spoiled));
        Number(json, "trips_lost", variant.Total(Measures.TripsLost));
        Named(json, "per_replication_means", Measures.Totals, variant.Totals);
        WriteReceipts(json, variant.Receipts);
        WriteMonths(json, variant.Months);
        json.WriteStartArray("materials");
        foreach (var material in variant.Materials)
        {
            json.WriteStartObject();
            json.WriteString("name", material.Name);
            Number(json, "refused", material.Refused);
            Number(json, "lost_in_cut_batches", material.LostInCutBatches);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("carriers");
        foreach (var carrier in variant.Carriers)
        {
            json.WriteStartObject();
            json.WriteString("name", carrier.Name);
            Number(json, "distance_km", carrier.DistanceKm);
            Number(json, "stops", carrier.Stops);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        JsonOutput.Mean(json, "difference_vs_baseline", variant.Difference);
        EffectPerCost(json, variant.EffectPerCost);
        if (variant.Service is { } service)
        {
            json.WriteStartObject("service");
            JsonOutput.Mean(json, "sessions_served", service.SessionsServed);
            JsonOutput.Mean(json, "visits_turned_away", service.VisitsTurnedAway);
            JsonOutput.Mean(json, "difference_vs_baseline", service.Difference);
            EffectPerCost(json, service.EffectPerCost);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("service");
        }
        json.WriteEndObject();
    }

    private static void WriteReceipts(Utf8JsonWriter json, ReceiptOutcomes receipts)
    {
        json.WriteStartObject("receipts");
        Outcome(json, "quantity_per_person_open_day", receipts.QuantityPerPersonDay);
        Outcome(json, "full_ration_share", receipts.FullRationShare);
        Outcome(json, "no_delivery_share", receipts.NoDeliveryShare);
        json.WriteEndObject();
    }

    private static void Outcome(Utf8JsonWriter json, string name, OutcomeEstimate? outcome)
    {
        if (outcome is null)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartObject(name);
        JsonOutput.MeanFields(json, outcome.Estimate);
        JsonOutput.Mean(json, "difference_vs_baseline", outcome.Difference);
        json.WriteEndObject();
    }

    private static void WriteMonths(Utf8JsonWriter json, IReadOnlyList<MonthSummary> months)
    {
        json.WriteStartArray("by_month");
        foreach (var month in months)
        {
            json.WriteStartObject();
            json.WriteString("month", month.Month);
            JsonOutput.MeanFields(json, month.Deliveries);
            Number(json, "no_delivery_share", month.NoDeliveryShare);
            json.WriteStartArray("per_destination");
            foreach (var destination in month.Destinations)
            {
                json.WriteStartObject();
                json.WriteString("name", destination.Name);
                JsonOutput.MeanFields(json, destination.Deliveries);
                Number(json, "no_delivery_share", destination.NoDeliveryShare);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void EffectPerCost(Utf8JsonWriter json, CostEffectiveness? effect)
    {
        if (effect is null)
        {
            json.WriteNull("effect_per_cost");
            return;
        }
        json.WriteStartObject("effect_per_cost");
        Number(json, "mean", effect.EffectPerUnitCost);
        Number(json, "ci_low", effect.CiLow);
        Number(json, "ci_high", effect.CiHigh);
        json.WriteEndObject();
    }

    private static void Proportion(Utf8JsonWriter json, string name, WilsonInterval? interval)
    {
        if (interval is null)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartObject(name);
        Number(json, "estimate", interval.Estimate);
        Number(json, "ci_low", interval.CiLow);
        Number(json, "ci_high", interval.CiHigh);
        json.WriteNumber("successes", interval.Successes);
        json.WriteNumber("trials", interval.Trials);
        Number(json, "effective_trials", interval.EffectiveTrials);
        json.WriteEndObject();
    }

    private static void Named(Utf8JsonWriter json, string name, IReadOnlyList<Measure> measures, IReadOnlyList<double> values)
    {
        json.WriteStartObject(name);
        for (var i = 0; i < measures.Count; i++)
            Number(json, measures[i].Name, values[i]);
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, double? value) => JsonOutput.Number(json, name, value);
}
