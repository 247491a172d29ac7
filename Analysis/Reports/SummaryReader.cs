namespace Shortfall.Analysis.Reports;

/// <summary>Reads summary.json back, checking every field the report uses; unknown fields are ignored.</summary>
public static class SummaryReader
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <exception cref="ResultsFormatException">When the file is missing, not JSON, or lacks a field or has one of the wrong kind.</exception>
    public static RunSummary Read(string path)
    {
        var root = JsonField.Load(path);
        var variants = root["variants"].Items().Select(ReadVariant).ToArray();
        if (variants.Length == 0)
            throw root.Fail("'variants' is empty; a run has at least the baseline");
        var stopping = root["stopping"];
        return new RunSummary(
            root["scenario"].String(),
            root["scenario_hash"].String(),
            root["seed"].Unsigned(),
            root["replications"].Integer(),
            root["headline_metric"].String(),
            root["confidence_level"].Number(),
            new StoppingResult(
                stopping["rule"].String(),
                stopping.Optional("relative_half_width")?.Number(),
                stopping.Optional("proportion_half_width")?.Number(),
                stopping.Optional("minimum_replications")?.Integer(),
                stopping["maximum_replications"].Integer(),
                stopping["met"].Boolean()),
            variants);
    }

    private static VariantResult ReadVariant(JsonField v) => new(
        v["name"].String(),
        v.Optional("description")?.String(),
        v["cost"].NullableNumber(),
        ReadEstimate(v["headline"]),
        v.Optional("deliveries_per_destination_month") is { } d ? ReadDeliveries(d) : null,
        ReadProportion(v.Optional("target_met_probability")),
        ReadProportion(v.Optional("all_targets_met_probability")),
        v["per_destination"].Items().Select(ReadDestination).ToArray(),
        v["blocked_hours"].Numbers(),
        v["missed_days_by_cause"].Numbers(),
        v["spoiled"].NullableNumber(),
        v["trips_lost"].NullableNumber(),
        v.Optional("difference_vs_baseline") is { } difference ? ReadEstimate(difference) : null,
        v.Optional("effect_per_cost") is { } effect ? ReadEstimate(effect) : null,
        v.Optional("service") is { } service ? ReadService(service) : null)
    {
        // Results written before these fields existed have none of them; their reports go without.
        Receipts = ReadReceipts(v.Optional("receipts")),
        Months = v.Optional("by_month")?.Items().Select(m => new MonthResult(m["month"].String(), ReadEstimate(m), m["no_delivery_share"].Number())).ToArray() ?? [],
        Materials = v.Optional("materials")?.Items().Select(ReadPart).ToArray() ?? [],
        Carriers = v.Optional("carriers")?.Items().Select(ReadPart).ToArray() ?? [],
    };

    private static ReceiptsResult ReadReceipts(JsonField? r) => r is { } x
        ? new(ReadOutcome(x.Optional("quantity_per_person_open_day")), ReadOutcome(x.Optional("full_ration_share")), ReadOutcome(x.Optional("no_delivery_share")))
        : new(null, null, null);

    private static OutcomeResult? ReadOutcome(JsonField? o) => o is { } x
        ? new OutcomeResult(ReadEstimate(x), x.Optional("difference_vs_baseline") is { } d ? ReadEstimate(d) : null)
        : null;

    // The part's name, then its numbers.
    private static PartResult ReadPart(JsonField p) => new(
        p["name"].String(),
        p.Element.EnumerateObject().Where(f => f.Name != "name").Select(f => new NamedValue(f.Name, p[f.Name].Number())).ToArray());

    private static DeliveryDistributionResult ReadDeliveries(JsonField d) => new(
        ReadEstimate(d),
        d.Optional("p50")?.Integer(),
        d["histogram"].Items().Select(bin =>
        {
            var value = bin["value"].Integer();
            var count = bin["count"].Integer();
            if (value is < 0 or > int.MaxValue || count < 0)
                throw bin.Fail($"'{bin.Path}' has a negative or too large value or count");
            return ((int)value, count);
        }).ToArray());

    private static DestinationResult ReadDestination(JsonField d) => new(
        d["name"].String(),
        ReadEstimate(d["deliveries_per_month"]),
        ReadProportion(d.Optional("target_met_probability")),
        d["longest_gap_days"].NullableNumber(),
        d["missed_days_by_cause"].Numbers());

    private static ServiceResult ReadService(JsonField s) => new(
        ReadEstimate(s["sessions_served"]),
        ReadEstimate(s["visits_turned_away"]),
        s.Optional("difference_vs_baseline") is { } difference ? ReadEstimate(difference) : null,
        s.Optional("effect_per_cost") is { } effect ? ReadEstimate(effect) : null);

    private static Estimate ReadEstimate(JsonField e) =>
        new(e["mean"].NullableNumber(), e["ci_low"].NullableNumber(), e["ci_high"].NullableNumber());

    private static Proportion? ReadProportion(JsonField? p) => p is { } x
        ? new Proportion(x["estimate"].Number(), x["ci_low"].Number(), x["ci_high"].Number(), x["successes"].Integer(), x["trials"].Integer())
        : null;
}
