using Shortfall.Model.Results;

namespace Shortfall.Analysis.Running;

/// <summary>
/// What one replication of one variant amounts to, per destination-month and in totals: the
/// figures the aggregation and replications.csv share, computed once from a
/// <see cref="ReplicationResult"/>.
/// </summary>
public sealed class ReplicationMetrics
{
    private ReplicationMetrics(ReplicationResult result, int destinations)
    {
        Result = result;
        var deliveries = new long[destinations];
        var months = new int[destinations];
        var met = new int[destinations];
        var monthCount = 0;
        foreach (var dm in result.DestinationMonths)
        {
            if (dm.Destination < 0 || dm.Destination >= destinations)
                throw new ArgumentOutOfRangeException(nameof(result), dm.Destination, $"Destination index outside the {destinations} destinations of the scenario.");
            ArgumentOutOfRangeException.ThrowIfNegative(dm.Month);
            ArgumentOutOfRangeException.ThrowIfNegative(dm.Deliveries);
            deliveries[dm.Destination] += dm.Deliveries;
            months[dm.Destination]++;
            if (dm.TargetMet)
                met[dm.Destination]++;
            monthCount = Math.Max(monthCount, dm.Month + 1);
        }

        // A month counts for "all targets met" when it has at least one destination-month and none missed.
        var seen = new bool[monthCount];
        var missed = new bool[monthCount];
        foreach (var dm in result.DestinationMonths)
        {
            seen[dm.Month] = true;
            missed[dm.Month] |= !dm.TargetMet;
        }
        for (var m = 0; m < monthCount; m++)
        {
            if (!seen[m])
                continue;
            Months++;
            if (!missed[m])
                MonthsAllMet++;
        }

        DestinationDeliveries = deliveries;
        DestinationMonthCounts = months;
        DestinationMonthsMetCounts = met;
        DestinationMonths = result.DestinationMonths.Count;
        Deliveries = deliveries.Sum();
        DestinationMonthsMet = met.Sum();
        MissedDays = new int[Enum.GetValues<MissCause>().Length];
        foreach (var d in result.Destinations)
            for (var c = 0; c < MissedDays.Length; c++)
                MissedDays[c] += d.MissedDays[c];
        QuantityDelivered = Sum(result.Destinations, d => d.Quantity);
        Produced = Sum(result.Products, p => p.Produced);
        Spoiled = Sum(result.Products, p => p.Spoiled);
        BatchesLost = result.Products.Sum(p => p.BatchesLost);
        Trips = result.Carriers.Sum(c => c.Trips);
        TripsLost = result.Carriers.Sum(c => c.TripsLostToBreakdowns);
        Breakdowns = result.Carriers.Sum(c => c.Breakdowns);
        SessionsServed = result.Equipment.Sum(e => e.Served);
        VisitsTurnedAway = result.Equipment.Sum(e => e.TurnedAwayNoPower + e.TurnedAwayBusy);
    }

    /// <summary>The replication's results.</summary>
    public ReplicationResult Result { get; }

    /// <summary>How many destination-months the replication reports.</summary>
    public int DestinationMonths { get; }

    /// <summary>Counted deliveries summed over all destination-months.</summary>
    public long Deliveries { get; }

    /// <summary>Destination-months whose deliveries reached the target.</summary>
    public int DestinationMonthsMet { get; }

    /// <summary>Calendar months with at least one destination-month.</summary>
    public int Months { get; }

    /// <summary>Months in which every destination met its target.</summary>
    public int MonthsAllMet { get; }

    /// <summary>The mean deliveries per destination-month of this replication; null when there are no destination-months.</summary>
    public double? DeliveriesPerDestinationMonth => DestinationMonths > 0 ? (double)Deliveries / DestinationMonths : null;

    /// <summary>Counted deliveries of each destination.</summary>
    public IReadOnlyList<long> DestinationDeliveries { get; }

    /// <summary>Destination-months reported for each destination.</summary>
    public IReadOnlyList<int> DestinationMonthCounts { get; }

    /// <summary>Destination-months of each destination that met the target.</summary>
    public IReadOnlyList<int> DestinationMonthsMetCounts { get; }

    /// <summary>Target days without a delivery, summed over destinations, indexed by <see cref="MissCause"/>.</summary>
    public int[] MissedDays { get; }

    /// <summary>Product delivered, summed over destinations.</summary>
    public double QuantityDelivered { get; }

    /// <summary>Product made, summed over products.</summary>
    public double Produced { get; }

    /// <summary>Product spoiled, summed over products.</summary>
    public double Spoiled { get; }

    /// <summary>Batches lost (e.g. to a power cut), summed over products.</summary>
    public int BatchesLost { get; }

    /// <summary>Trips made by all carriers.</summary>
    public int Trips { get; }

    /// <summary>Trips lost to breakdowns.</summary>
    public int TripsLost { get; }

    /// <summary>Carrier breakdowns.</summary>
    public int Breakdowns { get; }

    /// <summary>Sessions served by all service equipment.</summary>
    public int SessionsServed { get; }

    /// <summary>Visits turned away by service equipment, for lack of power or of a free unit.</summary>
    public int VisitsTurnedAway { get; }

    /// <summary>The metrics of <paramref name="result"/>, a replication of a scenario with <paramref name="destinations"/> destinations.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When a destination-month names a destination outside that range, or has a negative month or count.</exception>
    public static ReplicationMetrics Of(ReplicationResult result, int destinations)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentOutOfRangeException.ThrowIfNegative(destinations);
        return new ReplicationMetrics(result, destinations);
    }

    // Summed in list order, so the same result always gives the same bits.
    private static double Sum<T>(IEnumerable<T> items, Func<T, double> value)
    {
        var sum = 0.0;
        foreach (var item in items)
            sum += value(item);
        return sum;
    }
}
