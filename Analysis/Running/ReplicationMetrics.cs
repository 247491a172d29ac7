using Shortfall.Model.Results;

namespace Shortfall.Analysis.Running;

/// <summary>
/// What one replication of one variant amounts to, per destination-month and in totals: the
/// figures the aggregation and replications.csv share, computed once from a
/// <see cref="ReplicationResult"/>.
/// </summary>
public sealed class ReplicationMetrics
{
    private ReplicationMetrics(ReplicationResult result, PlantLabels plant)
    {
        Result = result;
        var destinations = plant.Destinations.Count;
        var deliveries = new long[destinations];
        var months = new int[destinations];
        var met = new int[destinations];
        var monthCount = 0;
        foreach (var dm in result.DestinationMonths)
        {
            if (dm.Destination < 0 || dm.Destination >= destinations)
            {
                throw new ArgumentOutOfRangeException(nameof(result), dm.Destination, $"Destination index outside the {destinations} destinations of the " +
                    $"scenario.");
            }

            ArgumentOutOfRangeException.ThrowIfNegative(dm.Month);
            ArgumentOutOfRangeException.ThrowIfNegative(dm.Deliveries);
            deliveries[dm.Destination] += dm.Deliveries;
            months[dm.Destination]++;
            if (dm.TargetMet)
            {
                met[dm.Destination]++;
            }

            monthCount = Math.Max(monthCount, dm.Month + 1);
        }

        // A month counts for "all targets met" when it has at least one destination-month and none missed.
        var seen = new bool[monthCount];
        var missed = new bool[monthCount];
        var calendar = new MonthTally[monthCount];
        long personDays = 0, openDays = 0, fullRationDays = 0;
        var quantity = 0.0;
        foreach (var dm in result.DestinationMonths)
        {
            seen[dm.Month] = true;
            missed[dm.Month] |= !dm.TargetMet;
            calendar[dm.Month] = calendar[dm.Month].With(dm);
            if (GotNothing(dm))
            {
                EmptyDestinationMonths++;
            }

            quantity += dm.Quantity;
            personDays += (long)plant.People[dm.Destination] * dm.OpenDays;
            openDays += dm.OpenDays;
            fullRationDays += dm.FullRationDays;
        }
        CalendarMonths = calendar;
        QuantityPerPersonDay = personDays > 0 ? quantity / personDays : null;
        FullRationShare = openDays > 0 ? (double)fullRationDays / openDays : null;
        for (var m = 0; m < monthCount; m++)
        {
            if (!seen[m])
            {
                continue;
            }

            Months++;
            if (!missed[m])
            {
                MonthsAllMet++;
            }
        }

        DestinationDeliveries = deliveries;
        DestinationMonthCounts = months;
        DestinationMonthsMetCounts = met;
        DestinationMonths = result.DestinationMonths.Count;
        Deliveries = deliveries.Sum();
        DestinationMonthsMet = met.Sum();
        MissedDays = new int[Enum.GetValues<MissCause>().Length];
        foreach (var d in result.Destinations)
        {
            for (var c = 0; c < MissedDays.Length; c++)
            {
                MissedDays[c] += d.MissedDays[c];
            }
        }

        QuantityDelivered = Sum(result.Destinations, d => d.Quantity);
        Produced = Sum(result.Products, p => p.Produced);
        Spoiled = Sum(result.Products, p => p.Spoiled);
        BatchesLost = result.Products.Sum(p => p.BatchesLost);
        Trips = result.Carriers.Sum(c => c.Trips);
        TripsLost = result.Carriers.Sum(c => c.TripsLostToBreakdowns);
        Breakdowns = result.Carriers.Sum(c => c.Breakdowns);
        SessionsServed = result.Equipment.Sum(e => e.Served);
        TurnedAwayNoPower = result.Equipment.Sum(e => e.TurnedAwayNoPower);
        TurnedAwayBusy = result.Equipment.Sum(e => e.TurnedAwayBusy);
        VisitsTurnedAway = TurnedAwayNoPower + TurnedAwayBusy;
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

    /// <summary>Destination-months that received nothing at all (see <see cref="GotNothing"/>).</summary>
    public int EmptyDestinationMonths { get; }

    /// <summary>The share of the destination-months that received nothing at all; null when there are no destination-months.</summary>
    public double? NoDeliveryShare => DestinationMonths > 0 ? (double)EmptyDestinationMonths / DestinationMonths : null;

    /// <summary>Product delivered on open days per person served and open day: Σ quantity / Σ (people × open days) over
    /// destination-months; null when no destination-month has people and open days.</summary>
    public double? QuantityPerPersonDay { get; }

    /// <summary>The share of open days that brought a full ration: Σ full-ration days / Σ open days; null without open days.</summary>
    public double? FullRationShare { get; }

    /// <summary>The destination-months of each calendar month of the horizon, indexed by <see cref="DestinationMonth.Month"/> (empty tallies for months
    /// without any).</summary>
    public IReadOnlyList<MonthTally> CalendarMonths { get; }

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

    /// <summary>Visits turned away because the equipment had no power.</summary>
    public int TurnedAwayNoPower { get; }

    /// <summary>Visits turned away because every unit was busy.</summary>
    public int TurnedAwayBusy { get; }

    /// <summary>True when a destination-month received nothing at all: no delivery that counted and no product (not even a load under the minimum).</summary>
    public static bool GotNothing(DestinationMonth month)
    {
        ArgumentNullException.ThrowIfNull(month);
        return month.Deliveries == 0 && !(month.Quantity > 0);
    }

    /// <summary>The metrics of <paramref name="result"/>, a replication of a plant labelled <paramref name="plant"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When a destination-month names a destination outside the plant's, or has a negative month or
    /// count.</exception>
    public static ReplicationMetrics Of(ReplicationResult result, PlantLabels plant)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(plant);
        return new ReplicationMetrics(result, plant);
    }

    // Summed in list order, so the same result always gives the same bits.
    private static double Sum<T>(IEnumerable<T> items, Func<T, double> value)
    {
        var sum = 0.0;
        foreach (var item in items)
        {
            sum += value(item);
        }

        return sum;
    }
}
