using Shortfall.Analysis.Running;
using Shortfall.Model.Results;

namespace Shortfall.Tests.Analysis.Running;

public class ReplicationMetricsTests
{
    [Fact]
    public void A_month_is_all_met_only_when_every_destination_reported_in_it_met_its_target()
    {
        var result = Results.With(0, 2, [[2, 0, 5], [3, 4, 1]]);
        var metrics = ReplicationMetrics.Of(result, Results.Labels(2));
        Assert.Equal(3, metrics.Months);
        Assert.Equal(1, metrics.MonthsAllMet);
        Assert.Equal(15, metrics.Deliveries);
        Assert.Equal(2.5, metrics.DeliveriesPerDestinationMonth);
        Assert.Equal(4, metrics.DestinationMonthsMet);
        Assert.Equal([7L, 8L], metrics.DestinationDeliveries);
    }

    [Fact]
    public void Totals_sum_over_products_carriers_and_equipment()
    {
        var result = Results.With(0, 2, [[1]]) with
        {
            Products = [new ProductLedger(10, 6, 1.25, 2.75, 1), new ProductLedger(5, 5, 0.5, 0, 2)],
            Carriers = [new CarrierTotals(4, 1, 1), new CarrierTotals(3, 0, 0)],
            Equipment = [new EquipmentTotals(5, 2, 1), new EquipmentTotals(1, 4, 0)],
        };
        var metrics = ReplicationMetrics.Of(result, Results.Labels(1));
        Assert.Equal((15.0, 1.75, 3), (metrics.Produced, metrics.Spoiled, metrics.BatchesLost));
        Assert.Equal((7, 1, 1), (metrics.Trips, metrics.TripsLost, metrics.Breakdowns));
        Assert.Equal((6, 7), (metrics.SessionsServed, metrics.VisitsTurnedAway));
        Assert.Equal((6, 1), (metrics.TurnedAwayNoPower, metrics.TurnedAwayBusy));
    }

    [Fact]
    public void A_destination_outside_the_scenario_is_rejected()
    {
        var result = Results.With(0, 2, [[1], [2]]);
        Assert.Throws<ArgumentOutOfRangeException>(() => ReplicationMetrics.Of(result, Results.Labels(1)));
    }
}
