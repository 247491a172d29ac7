using Shortfall.Model.Results;

namespace Shortfall.Analysis.Running;

/// <summary>
/// The per-replication numbers that are averaged over replications and written one column each to
/// replications.csv, in groups: blocked hours by cause, missed target days by cause, and totals.
/// One table, so that the summary and the CSV cannot disagree on what is measured.
/// </summary>
public static class Measures
{
    /// <summary>Product spoiled.</summary>
    public static readonly Measure Spoiled = new("spoiled", m => m.Spoiled);

    /// <summary>Trips lost to breakdowns.</summary>
    public static readonly Measure TripsLost = new("trips_lost", m => m.TripsLost);

    /// <summary>Line-hours blocked, one measure per <see cref="BlockCause"/> in enum order.</summary>
    public static readonly IReadOnlyList<Measure> BlockedHours =
        Enum.GetValues<BlockCause>().Select(c => new Measure(CauseNames.Key(c), m => m.Result.BlockedHours[(int)c])).ToArray();

    /// <summary>Target days without a delivery, summed over destinations, one measure per <see cref="MissCause"/> in enum order.</summary>
    public static readonly IReadOnlyList<Measure> MissedDays =
        Enum.GetValues<MissCause>().Select(c => new Measure(CauseNames.Key(c), m => m.MissedDays[(int)c])).ToArray();

    /// <summary>Totals of a replication.</summary>
    public static readonly IReadOnlyList<Measure> Totals =
    [
        new("deliveries", m => m.Deliveries),
        new("quantity_delivered", m => m.QuantityDelivered),
        new("produced", m => m.Produced),
        Spoiled,
        new("batches_lost", m => m.BatchesLost),
        new("trips", m => m.Trips),
        TripsLost,
        new("breakdowns", m => m.Breakdowns),
        new("sessions_served", m => m.SessionsServed),
        new("visits_turned_away", m => m.VisitsTurnedAway),
        new("generator_hours", m => m.Result.GeneratorHours),
        new("events", m => m.Result.Events),
    ];
}
