using Shortfall.Analysis.Running;
using Shortfall.Model.Results;

namespace Shortfall.Tests.Analysis.Running;

public class VariantAccumulatorTests
{
    // Two replications, two destinations, two months, target 2:
    // replication 0: d0 = [1, 3], d1 = [2, 2] → 8 deliveries / 4 = 2.0; met 3 of 4; month 1 all met.
    // replication 1: d0 = [0, 4], d1 = [5, 1] → 10 / 4 = 2.5; met 2 of 4; no month all met.
    private static VariantSummary Summarize()
    {
        var accumulator = new VariantAccumulator(Results.Variant("baseline", 2), HeadlineMetric.DeliveriesPerDestinationMonth, isBaseline: true);
        var blocked = new double[] { 10, 1, 0, 0, 0.5, 2 };
        foreach (var result in new[]
        {
            Results.With(0, 2, [[1, 3], [2, 2]], blocked),
            Results.With(1, 2, [[0, 4], [5, 1]], blocked.Select(b => b * 3).ToArray()),
        })
        {
            var metrics = ReplicationMetrics.Of(result, Results.Labels(2));
            accumulator.Add(metrics, metrics);
        }
        return accumulator.Summarize();
    }

    [Fact]
    public void The_headline_mean_is_the_mean_of_the_replications_means()
    {
        var summary = Summarize();
        Assert.Equal(2.25, summary.Headline.Estimate.Mean);
        Assert.Equal(2, summary.Headline.Estimate.N);
        Assert.Equal(summary.Headline.Estimate, summary.Deliveries!.Mean);
    }

    [Fact]
    public void Quantiles_and_histogram_pool_every_destination_month()
    {
        // Pooled values: 0 1 1 2 2 3 4 5.
        var deliveries = Summarize().Deliveries!;
        Assert.Equal([0, 1, 2, 3, 5], new[] { deliveries.P05, deliveries.P25, deliveries.P50, deliveries.P75, deliveries.P95 });
        Assert.Equal([1L, 2, 2, 1, 1, 1], deliveries.Histogram.Select(b => b.Count));
        Assert.Equal(Enumerable.Range(0, 6), deliveries.Histogram.Select(b => b.Lower));
    }

    [Fact]
    public void Target_met_counts_destination_months_and_all_targets_met_counts_months()
    {
        var summary = Summarize();
        Assert.Equal((5L, 8L), (summary.TargetMet!.Successes, summary.TargetMet.Trials));
        Assert.Equal((1L, 4L), (summary.AllTargetsMet!.Successes, summary.AllTargetsMet.Trials));
        // d0 met 1 + 1 of 4 months; d1 met 2 + 1 of 4.
        Assert.Equal([2L, 3L], summary.Destinations.Select(d => d.TargetMet.Successes));
        Assert.Equal([2.0, 2.5], summary.Destinations.Select(d => d.DeliveriesPerMonth.Mean));
    }

    [Fact]
    public void Blocked_hours_missed_days_and_totals_are_means_per_replication()
    {
        var summary = Summarize();
        Assert.Equal([20.0, 2, 0, 0, 1, 4], summary.BlockedHours);
        // Missed power days: d0 1 + d1 2 per replication.
        Assert.Equal(3.0, summary.MissedDays[(int)MissCause.Power]);
        Assert.Equal([1.0, 2.0], summary.Destinations.Select(d => d.MissedDaysByCause[(int)MissCause.Power]));
        Assert.Equal(1.5, summary.Total(Measures.Spoiled));
        Assert.Equal(1.0, summary.Total(Measures.TripsLost));
        Assert.Equal(9.0, summary.Total(Measures.Totals[0]));
        Assert.Equal([3.0, 6.0], summary.Destinations.Select(d => d.LongestGapDays));
    }

    [Fact]
    public void A_replication_is_only_paired_with_the_same_replication_of_the_baseline()
    {
        var accumulator = new VariantAccumulator(Results.Variant("more power", 1), HeadlineMetric.DeliveriesPerDestinationMonth, isBaseline: false);
        var zero = ReplicationMetrics.Of(Results.With(0, 2, [[1]]), Results.Labels(1));
        var one = ReplicationMetrics.Of(Results.With(1, 2, [[1]]), Results.Labels(1));
        Assert.Throws<ArgumentException>(() => accumulator.Add(one, zero));
    }

    [Fact]
    public void Without_destinations_the_headline_is_sessions_served_and_delivery_figures_are_absent()
    {
        var variant = Results.Variant("office", 0);
        var accumulator = new VariantAccumulator(variant, HeadlineMetrics.For(0), isBaseline: true);
        var result = Results.With(0, 2, []) with { Equipment = [new EquipmentTotals(7, 3, 1), new EquipmentTotals(2, 0, 0)] };
        var metrics = ReplicationMetrics.Of(result, Results.Labels(0));
        accumulator.Add(metrics, metrics);
        var summary = accumulator.Summarize();
        Assert.Equal(HeadlineMetric.SessionsServed, summary.Headline.Metric);
        Assert.Equal(9.0, summary.Headline.Estimate.Mean);
        Assert.Null(summary.Deliveries);
        Assert.Null(summary.TargetMet);
        Assert.Null(summary.AllTargetsMet);
        Assert.Equal(9.0, summary.Service!.SessionsServed.Mean);
        Assert.Equal(4.0, summary.Service.VisitsTurnedAway.Mean);
        Assert.Null(summary.Service.Difference);
    }

    [Fact]
    public void Equipment_sessions_are_compared_with_the_baseline_pair_by_pair_and_absent_without_equipment()
    {
        var variant = Results.Variant("ten computers", 1) with { Cost = 4e6 };
        var accumulator = new VariantAccumulator(variant, HeadlineMetric.DeliveriesPerDestinationMonth, isBaseline: false);
        var without = new VariantAccumulator(variant, HeadlineMetric.DeliveriesPerDestinationMonth, isBaseline: false);
        foreach (var (k, baselineServed, variantServed) in new[] { (0L, 10, 13), (1L, 20, 21), (2L, 30, 35) })
        {
            var baseline = ReplicationMetrics.Of(Results.With(k, 2, [[1]]) with { Equipment = [new EquipmentTotals(baselineServed, 0, 0)] }, Results.Labels(1));
            var remedy = ReplicationMetrics.Of(Results.With(k, 2, [[1]]) with { Equipment = [new EquipmentTotals(variantServed, 0, 0)] }, Results.Labels(1));
            accumulator.Add(remedy, baseline);
            var plain = ReplicationMetrics.Of(Results.With(k, 2, [[1]]), Results.Labels(1));
            without.Add(plain, plain);
        }
        var service = accumulator.Summarize().Service!;
        // Differences 3, 1, 5: mean 3.
        Assert.Equal(3.0, service.Difference!.Mean);
        Assert.Equal(3.0 / 4e6, service.EffectPerCost!.EffectPerUnitCost!.Value, 15);
        Assert.Null(without.Summarize().Service);
    }
}
