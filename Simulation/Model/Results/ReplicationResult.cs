namespace Shortfall.Model.Results;

/// <summary>
/// Everything one replication of a plant produces, in the order of the scenario's definitions.
/// Arrays indexed by <see cref="BlockCause"/> and <see cref="MissCause"/> hold hours and day counts.
/// </summary>
/// <param name="Replication">The replication index.</param>
/// <param name="DestinationMonths">Deliveries of each destination in each calendar month of the horizon in which it is open at least one day.</param>
/// <param name="Destinations">Totals per destination.</param>
/// <param name="BlockedHours">Line-hours blocked, indexed by <see cref="BlockCause"/>, summed over lines.</param>
/// <param name="Products">The ledger of each product.</param>
/// <param name="Materials">The ledger of each material.</param>
/// <param name="Carriers">Trips of each carrier kind.</param>
/// <param name="Equipment">Sessions of each piece of service equipment.</param>
/// <param name="GeneratorHours">Hours the generator ran.</param>
/// <param name="Events">Events the simulator processed.</param>
public sealed record ReplicationResult(
    long Replication,
    IReadOnlyList<DestinationMonth> DestinationMonths,
    IReadOnlyList<DestinationTotals> Destinations,
    double[] BlockedHours,
    IReadOnlyList<ProductLedger> Products,
    IReadOnlyList<MaterialLedger> Materials,
    IReadOnlyList<CarrierTotals> Carriers,
    IReadOnlyList<EquipmentTotals> Equipment,
    double GeneratorHours,
    long Events);

/// <summary>One destination in one calendar month: deliveries that counted, and the month's target.</summary>
public sealed record DestinationMonth(int Destination, int Month, int Deliveries, double Target)
{
    /// <summary>True when the deliveries reached the target.</summary>
    public bool TargetMet => Deliveries >= Target;

    /// <summary>Product that reached the destination on its open days of the month, counted or not
    /// (a load under the minimum still feeds some children).</summary>
    public double Quantity { get; init; }

    /// <summary>Open days of the month on which the destination received its full daily quantity.</summary>
    public int FullRationDays { get; init; }

    /// <summary>Days of the month the destination's calendar is open (the days it wants product).</summary>
    public int OpenDays { get; init; }
}

/// <summary>A destination's totals over the horizon.</summary>
/// <param name="Deliveries">Deliveries that counted.</param>
/// <param name="Quantity">Product delivered.</param>
/// <param name="LongestGapDays">Longest run of the destination's calendar days without a delivery.</param>
/// <param name="TargetDays">Calendar days the target called for.</param>
/// <param name="MissedDays">Target days without a delivery, indexed by <see cref="MissCause"/>.</param>
public sealed record DestinationTotals(int Deliveries, double Quantity, int LongestGapDays, int TargetDays, int[] MissedDays);

/// <summary>What happened to a product: produced = delivered + spoiled + in stock at the end.</summary>
public sealed record ProductLedger(double Produced, double Delivered, double Spoiled, double InStock, int BatchesLost);

/// <summary>What happened to a material: received (opening stock included) = consumed + in stock;
/// arrivals beyond the storage limit are refused and not received.</summary>
public sealed record MaterialLedger(double Received, double Consumed, double InStock, double Refused)
{
    /// <summary>The part of <see cref="MaterialLedger.Consumed"/> that went into batches a power cut lost.</summary>
    public double LostInCutBatches { get; init; }
}

/// <summary>A carrier kind's trips: made, and lost to breakdowns on the way out (their load spoils), and its breakdowns.
/// Days lost for lack of fuel are counted per destination under <see cref="MissCause.Fuel"/>.</summary>
public sealed record CarrierTotals(int Trips, int TripsLostToBreakdowns, int Breakdowns)
{
    /// <summary>Kilometres driven (or walked), lost trips included.</summary>
    public double DistanceKm { get; init; }

    /// <summary>Stops made at destinations: a route that calls at three schools is one trip and three stops.</summary>
    public int Stops { get; init; }
}

/// <summary>Service equipment: visits served and visits turned away (no free unit, or no power).</summary>
public sealed record EquipmentTotals(int Served, int TurnedAwayNoPower, int TurnedAwayBusy)
{
    /// <summary>Served sessions that a power cut ended early (part of <see cref="Served"/>).</summary>
    public int SessionsCut { get; init; }
}
