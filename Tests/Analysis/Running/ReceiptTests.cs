using Shortfall.Analysis.Running;
using Shortfall.Model.Results;

namespace Shortfall.Tests.Analysis.Running;

public class ReceiptTests
{
    // One month, two destinations of 10 and 20 people (Results.Labels), each open 10 days.
    private static ReplicationResult Month(long replication, (int Deliveries, double Quantity, int FullDays) d0, (int Deliveries, double Quantity,
        int FullDays) d1)
    {
        var result = Results.With(replication, 2, [[d0.Deliveries], [d1.Deliveries]]);
        return result with
        {
            DestinationMonths =
            [
                result.DestinationMonths[0] with { Quantity = d0.Quantity, FullRationDays = d0.FullDays, OpenDays = 10 },
                result.DestinationMonths[1] with { Quantity = d1.Quantity, FullRationDays = d1.FullDays, OpenDays = 10 },
            ],
        };
    }

    [Fact]
    public void Quantity_per_person_and_open_day_weights_each_destination_by_its_people()
    {
        // (30 + 0) / (10 people × 10 days + 20 × 10) = 0.1; 2 full-ration days of 20 open days; d1 got nothing.
        var metrics = ReplicationMetrics.Of(Month(0, (1, 30, 2), (0, 0, 0)), Results.Labels(2));
        Assert.Equal(0.1, metrics.QuantityPerPersonDay!.Value, 12);
        Assert.Equal(0.1, metrics.FullRationShare);
        Assert.Equal(0.5, metrics.NoDeliveryShare);
    }

    [Fact]
    public void A_load_under_the_minimum_is_not_a_month_without_any_delivery()
    {
        var metrics = ReplicationMetrics.Of(Month(0, (1, 30, 2), (0, 5, 0)), Results.Labels(2));
        Assert.Equal(0, metrics.EmptyDestinationMonths);
        Assert.Equal(35.0 / 300, metrics.QuantityPerPersonDay!.Value, 12);
    }

    [Fact]
    public void Receipts_are_means_over_replications_with_the_paired_change_against_the_baseline()
    {
        var baseline = new VariantAccumulator(Results.Variant("baseline", 2), HeadlineMetric.DeliveriesPerDestinationMonth, isBaseline: true);
        var remedy = new VariantAccumulator(Results.Variant("parents", 2), HeadlineMetric.DeliveriesPerDestinationMonth, isBaseline: false);
        // Baseline per person 0.1 and 0.2; the remedy adds 60 L to d1 (+0.2 per person) in both replications.
        foreach (var (k, q0) in new[] { (0L, 30.0), (1L, 60.0) })
        {
            var b = ReplicationMetrics.Of(Month(k, (1, q0, 2), (0, 0, 0)), Results.Labels(2));
            var r = ReplicationMetrics.Of(Month(k, (1, q0, 2), (2, 60, 5)), Results.Labels(2));
            baseline.Add(b, b);
            remedy.Add(r, b);
        }
        var before = baseline.Summarize().Receipts;
        var after = remedy.Summarize().Receipts;
        Assert.Equal(0.15, before.QuantityPerPersonDay!.Estimate.Mean, 12);
        Assert.Null(before.QuantityPerPersonDay.Difference);
        Assert.Equal(0.2, after.QuantityPerPersonDay!.Difference!.Mean, 12);
        Assert.Equal(0.0, after.QuantityPerPersonDay.Difference.HalfWidth!.Value, 12);
        Assert.Equal((0.1, 0.35), (before.FullRationShare!.Estimate.Mean, after.FullRationShare!.Estimate.Mean));
        Assert.Equal((0.5, 0.0, -0.5), (before.NoDeliveryShare!.Estimate.Mean, after.NoDeliveryShare!.Estimate.Mean, after.NoDeliveryShare.Difference!.Mean));

        // The console: the remedy's row carries its change under each figure, with a zero-width interval.
        var text = Shortfall.Analysis.Terminal.ReceiptsTable.Build(new RunOutcome(2, true, [baseline.Summarize(), remedy.Summarize()], 0), "L");
        Assert.Contains("(L), mean [95% CI]", text, StringComparison.Ordinal);
        Assert.Contains("baseline             0.2 [", text, StringComparison.Ordinal);
        Assert.Contains("Δ +0.200 [+0.200, +0.200]", text, StringComparison.Ordinal);
        Assert.Contains("Δ -50.0% [-50.0%, -50.0%]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plant_without_people_or_open_days_has_no_receipts_rather_than_zero()
    {
        var metrics = ReplicationMetrics.Of(Results.With(0, 2, [[1]]), Results.Labels(1) with { People = [0] });
        Assert.Null(metrics.QuantityPerPersonDay);
        Assert.Null(metrics.FullRationShare);
        Assert.Equal(0.0, metrics.NoDeliveryShare);
    }

    [Fact]
    public void Materials_and_carriers_are_means_per_replication_under_their_names()
    {
        var accumulator = new VariantAccumulator(Results.Variant("baseline", 1), HeadlineMetric.DeliveriesPerDestinationMonth, isBaseline: true);
        var first = Results.With(0, 2, [[1]]);
        var second = Results.With(1, 2, [[1]]) with
        {
            Materials = [new MaterialLedger(100, 60, 40, 15) { LostInCutBatches = 3 }],
            Carriers = [new CarrierTotals(4, 1, 1) { DistanceKm = 12, Stops = 3 }],
        };
        foreach (var result in new[] { first, second })
        {
            var metrics = ReplicationMetrics.Of(result, Results.Labels(1));
            accumulator.Add(metrics, metrics);
        }
        var summary = accumulator.Summarize();
        // Results.With: 5 refused, 7 lost in cut batches, 36 km, 6 stops.
        Assert.Equal([new MaterialSummary("beans", 10, 5)], summary.Materials);
        Assert.Equal([new CarrierSummary("truck", 24, 4.5)], summary.Carriers);
    }

    [Fact]
    public void A_replication_with_other_materials_than_the_variant_names_is_refused()
    {
        var accumulator = new VariantAccumulator(Results.Variant("baseline", 1), HeadlineMetric.DeliveriesPerDestinationMonth, isBaseline: true);
        var metrics = ReplicationMetrics.Of(Results.With(0, 2, [[1]]) with { Materials = [] }, Results.Labels(1));
        Assert.Throws<ArgumentException>(() => accumulator.Add(metrics, metrics));
    }
}
