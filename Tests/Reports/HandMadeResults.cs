namespace Shortfall.Tests.Reports;

/// <summary>
/// A results directory written by hand, small enough that every figure of the report can be worked
/// out on paper: a baseline and one remedy with a cost, two replications, one school, two months.
/// </summary>
internal static class HandMadeResults
{
    public const string Headline =
        "In the baseline, a destination receives a delivery 2.5 times a month [1.3, 3.8]; " +
        "25% [0%, 50%] of destination-months get no delivery at all; the median destination-month gets 2; " +
        "the target of 21 deliveries a month is met in 25% of destination-months [5%, 70%]; " +
        "no power accounts for 75.0% of the hours production was blocked. " +
        "Each person served receives 0.13 [0.10, 0.15] units of product per open day; 20% [10%, 30%] of open days bring a full ration. " +
        "The most effective remedy, remedy, raises deliveries by 1.0 [0.5, 1.5] per destination-month.";

    public const string Summary = """
        {
          "scenario": "Hand-made plant",
          "scenario_hash": "ab12",
          "currency": "won",
          "seed": 3,
          "replications": 2,
          "headline_metric": "deliveries_per_destination_month",
          "confidence_level": 0.95,
          "stopping": { "rule": "fixed", "maximum_replications": 2, "met": true },
          "events": 100,
          "variants": [
            {
              "name": "baseline",
              "description": "As written.",
              "cost": null,
              "headline": { "metric": "deliveries_per_destination_month", "mean": 2.5, "ci_low": 1.25, "ci_high": 3.75, "n": 2 },
              "deliveries_per_destination_month": {
                "mean": 2.5, "ci_low": 1.25, "ci_high": 3.75, "n": 2, "p05": 1, "p25": 2, "p50": 2, "p75": 3, "p95": 4,
                "histogram": [ { "value": 1, "count": 1 }, { "value": 2, "count": 1 }, { "value": 3, "count": 1 }, { "value": 4, "count": 1 } ]
              },
              "target_met_probability": { "estimate": 0.25, "ci_low": 0.05, "ci_high": 0.7, "successes": 1, "trials": 4 },
              "all_targets_met_probability": { "estimate": 0.25, "ci_low": 0.05, "ci_high": 0.7, "successes": 1, "trials": 4 },
              "per_destination": [
                {
                  "name": "school",
                  "deliveries_per_month": { "mean": 2.5, "ci_low": 1.25, "ci_high": 3.75, "n": 2 },
                  "target_met_probability": { "estimate": 0.25, "ci_low": 0.05, "ci_high": 0.7, "successes": 1, "trials": 4 },
                  "longest_gap_days": 12.5,
                  "missed_days_by_cause": { "power": 3, "input": 1 }
                }
              ],
              "blocked_hours": { "power": 30, "input": 10 },
              "missed_days_by_cause": { "power": 3, "input": 1 },
              "spoiled": 0,
              "trips_lost": 0,
              "per_replication_means": { "deliveries": 5 },
              "receipts": {
                "quantity_per_person_open_day": { "mean": 0.125, "ci_low": 0.1, "ci_high": 0.15, "n": 2, "difference_vs_baseline": null },
                "full_ration_share": { "mean": 0.2, "ci_low": 0.1, "ci_high": 0.3, "n": 2, "difference_vs_baseline": null },
                "no_delivery_share": { "mean": 0.25, "ci_low": 0, "ci_high": 0.5, "n": 2, "difference_vs_baseline": null }
              },
              "by_month": [
                { "month": "2021-01", "mean": 2, "ci_low": 1, "ci_high": 3, "n": 2, "no_delivery_share": 0.5, "per_destination": [ { "name": "school",
                    "mean": 2, "ci_low": 1, "ci_high": 3, "n": 2, "no_delivery_share": 0.5 } ] },
                { "month": "2021-02", "mean": 3, "ci_low": 2, "ci_high": 4, "n": 2, "no_delivery_share": 0, "per_destination": [ { "name": "school", "mean": 3,
                    "ci_low": 2, "ci_high": 4, "n": 2, "no_delivery_share": 0 } ] }
              ],
              "materials": [ { "name": "beans", "refused": 4, "lost_in_cut_batches": 1.5 } ],
              "carriers": [ { "name": "truck", "distance_km": 120, "stops": 6 } ],
              "difference_vs_baseline": null,
              "effect_per_cost": null,
              "service": null
            },
            {
              "name": "remedy",
              "description": "Adds <more> & \"better\".",
              "cost": 2000000,
              "headline": { "metric": "deliveries_per_destination_month", "mean": 3.5, "ci_low": 2.25, "ci_high": 4.75, "n": 2 },
              "deliveries_per_destination_month": {
                "mean": 3.5, "ci_low": 2.25, "ci_high": 4.75, "n": 2, "p05": 2, "p25": 3, "p50": 3, "p75": 4, "p95": 5,
                "histogram": [ { "value": 2, "count": 1 }, { "value": 3, "count": 1 }, { "value": 4, "count": 1 }, { "value": 5, "count": 1 } ]
              },
              "target_met_probability": { "estimate": 0.5, "ci_low": 0.15, "ci_high": 0.85, "successes": 2, "trials": 4 },
              "all_targets_met_probability": { "estimate": 0.5, "ci_low": 0.15, "ci_high": 0.85, "successes": 2, "trials": 4 },
              "per_destination": [
                {
                  "name": "school",
                  "deliveries_per_month": { "mean": 3.5, "ci_low": 2.25, "ci_high": 4.75, "n": 2 },
                  "target_met_probability": { "estimate": 0.5, "ci_low": 0.15, "ci_high": 0.85, "successes": 2, "trials": 4 },
                  "longest_gap_days": 8,
                  "missed_days_by_cause": { "power": 2, "input": 1 }
                }
              ],
              "blocked_hours": { "power": 20, "input": 10 },
              "missed_days_by_cause": { "power": 2, "input": 1 },
              "spoiled": 1,
              "trips_lost": 0,
              "per_replication_means": { "deliveries": 7 },
              "receipts": {
                "quantity_per_person_open_day": { "mean": 0.175, "ci_low": 0.15, "ci_high": 0.2, "n": 2, "difference_vs_baseline": { "mean": 0.05,
                    "ci_low": 0.04, "ci_high": 0.06, "n": 2 } },
                "full_ration_share": { "mean": 0.3, "ci_low": 0.2, "ci_high": 0.4, "n": 2, "difference_vs_baseline": { "mean": 0.1, "ci_low": 0.05,
                    "ci_high": 0.15, "n": 2 } },
                "no_delivery_share": { "mean": 0, "ci_low": 0, "ci_high": 0, "n": 2, "difference_vs_baseline": { "mean": -0.25, "ci_low": -0.5, "ci_high": 0,
                    "n": 2 } }
              },
              "by_month": [
                { "month": "2021-01", "mean": 3, "ci_low": 2, "ci_high": 4, "n": 2, "no_delivery_share": 0, "per_destination": [ { "name": "school", "mean": 3,
                    "ci_low": 2, "ci_high": 4, "n": 2, "no_delivery_share": 0 } ] },
                { "month": "2021-03", "mean": 5, "ci_low": 5, "ci_high": 5, "n": 1, "no_delivery_share": 0, "per_destination": [ { "name": "school", "mean": 5,
                    "ci_low": null, "ci_high": null, "n": 1, "no_delivery_share": 0 } ] }
              ],
              "materials": [ { "name": "beans", "refused": 0, "lost_in_cut_batches": 0.5 } ],
              "carriers": [ { "name": "truck", "distance_km": 150.5, "stops": 8 } ],
              "difference_vs_baseline": { "mean": 1, "ci_low": 0.5, "ci_high": 1.5, "n": 2 },
              "effect_per_cost": { "mean": 5e-7, "ci_low": 2.5e-7, "ci_high": 7.5e-7 },
              "service": null
            }
          ]
        }
        """;

    public const string Replications = """
        replication,variant,deliveries_per_destination_month,destination_months
        0,baseline,1.5,2
        0,remedy,2.5,2
        1,baseline,3.5,2
        1,remedy,4.5,2

        """;

    // The remedy's month without a target must not count towards the median target.
    public const string DestinationMonths = """
        replication,variant,destination,month,deliveries,target,met
        0,baseline,school,2021-01,1,20,0
        0,baseline,school,2021-02,2,22,0
        0,remedy,school,2021-01,2,20,0
        0,remedy,school,2021-03,0,0,1
        1,baseline,school,2021-01,3,20,0
        1,baseline,school,2021-02,4,22,0
        1,remedy,school,2021-01,4,20,0
        1,remedy,school,2021-02,5,22,0

        """;

    /// <summary>What distributions.json holds of the two CSV files above: each replication's mean, the baseline's running mean (1.5, then
    /// (1.5 + 3.5) / 2 with variance 2) and the destination-months' targets (the remedy's month without a target counts 0).</summary>
    public const string Distributions = """
        {
          "replications": 2,
          "variants": [
            {
              "name": "baseline",
              "replication_means": [ { "value": 1.5, "count": 1 }, { "value": 3.5, "count": 1 } ],
              "running_mean": [ { "replications": 1, "mean": 1.5, "variance": 0 }, { "replications": 2, "mean": 2.5, "variance": 2 } ],
              "targets": [ { "value": 20, "count": 2 }, { "value": 22, "count": 2 } ]
            },
            {
              "name": "remedy",
              "replication_means": [ { "value": 2.5, "count": 1 }, { "value": 4.5, "count": 1 } ],
              "running_mean": [ { "replications": 1, "mean": 2.5, "variance": 0 }, { "replications": 2, "mean": 3.5, "variance": 2 } ],
              "targets": [ { "value": 0, "count": 1 }, { "value": 20, "count": 2 }, { "value": 22, "count": 1 } ]
            }
          ]
        }
        """;

    /// <summary>A one-at-a-time sweep of the same scenario: the baseline point at 2.5, one input moving it to 2.0 and 3.75.</summary>
    public const string Sweep = """
        {
          "scenario": "Hand-made plant",
          "scenario_hash": "ab12",
          "seed": 3,
          "replications": 2,
          "mode": "oat",
          "headline_metric": "deliveries_per_destination_month",
          "ranking": [ "carriers.truck.count" ],
          "parameters": [
            { "path": "carriers.truck.count", "low": 1, "high": 3, "unit": "", "steps": 2, "rank": 1, "effect": 1.75,
              "low_effect": -0.5, "high_effect": 1.25, "standardized_coefficient": null, "spearman": null }
          ],
          "points": [
            { "point": 0, "values": { "carriers.truck.count": null }, "headline": { "mean": 2.5, "ci_low": 1.25, "ci_high": 3.75, "n": 2 },
                "difference_vs_baseline": null },
            { "point": 1, "values": { "carriers.truck.count": 1 }, "headline": { "mean": 2, "ci_low": 1, "ci_high": 3, "n": 2 },
                "difference_vs_baseline": { "mean": -0.5, "ci_low": -1, "ci_high": 0, "n": 2 } },
            { "point": 2, "values": { "carriers.truck.count": 3 }, "headline": { "mean": 3.75, "ci_low": 3, "ci_high": 4.5, "n": 2 },
                "difference_vs_baseline": { "mean": 1.25, "ci_low": 1, "ci_high": 1.5, "n": 2 } }
          ]
        }
        """;

    /// <summary>Writes the four files into <paramref name="directory"/>.</summary>
    public static void Write(string directory)
    {
        File.WriteAllText(Path.Combine(directory, "summary.json"), Summary);
        File.WriteAllText(Path.Combine(directory, "distributions.json"), Distributions);
        File.WriteAllText(Path.Combine(directory, "replications.csv"), Replications);
        File.WriteAllText(Path.Combine(directory, "destination-months.csv"), DestinationMonths);
    }
}
