using Shortfall.Analysis.Running;

namespace Shortfall.Analysis.Optimisation;

/// <summary>
/// The outputs <c>shortfall optimise --objective</c> accepts: every per-replication number a run already reports whose
/// better direction is plain. Trips, generator hours and event counts are left out: more of them is neither better nor worse.
/// </summary>
public static class Objectives
{
    /// <summary>All of them, the headline metrics first.</summary>
    public static readonly IReadOnlyList<Objective> All =
    [
        // A quarter of a delivery per destination-month: one more delivery a term per school.
        new("deliveries_per_destination_month", false, "mean counted deliveries per destination-month (the headline with destinations)",
            m => m.DeliveriesPerDestinationMonth, PerDestination: true, Indifference: 0.25),
        new("sessions_served", false, "sessions served by the equipment (the headline without destinations)", m => m.SessionsServed, false),
        new("target_met_share", false, "share of destination-months that met their target",
            m => m.DestinationMonths > 0 ? (double)m.DestinationMonthsMet / m.DestinationMonths : null, true, 0.02),
        new("months_all_met", false, "months in which every destination met its target", m => m.MonthsAllMet, true),
        new("full_ration_share", false, "share of open days that brought a full ration", m => m.FullRationShare, true, 0.02),
        new("quantity_per_person_day", false, "product delivered per person and open day", m => m.QuantityPerPersonDay, true),
        new("no_delivery_share", true, "share of destination-months that received nothing", m => m.NoDeliveryShare, true, 0.02),
        new("deliveries", false, "counted deliveries in all", m => m.Deliveries, true),
        new("quantity_delivered", false, "product delivered in all", m => m.QuantityDelivered, true),
        new("produced", false, "product made", m => m.Produced, false),
        new("spoiled", true, "product spoiled", m => m.Spoiled, false),
        new("batches_lost", true, "batches lost to power cuts", m => m.BatchesLost, false),
        new("trips_lost", true, "trips lost to breakdowns", m => m.TripsLost, false),
        new("missed_days", true, "target days without a delivery, summed over destinations and causes", m => m.MissedDays.Sum(), true),
        new("visits_turned_away", true, "visits turned away (no power or every unit busy)", m => m.VisitsTurnedAway, false),
    ];

    /// <summary>The objective named <paramref name="name"/>, or null.</summary>
    public static Objective? Find(string name) => All.FirstOrDefault(o => o.Name == name);

    /// <summary>The default: the run's headline metric for a plant with <paramref name="destinations"/> destinations.</summary>
    public static Objective Default(int destinations) => Find(HeadlineMetrics.For(destinations).Name())!;
}
