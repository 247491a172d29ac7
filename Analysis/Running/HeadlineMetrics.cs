namespace Shortfall.Analysis.Running;

/// <summary>Names and values of <see cref="HeadlineMetric"/>.</summary>
public static class HeadlineMetrics
{
    /// <summary>The snake_case name used in the outputs.</summary>
    public static string Name(this HeadlineMetric metric) => metric switch
    {
        HeadlineMetric.DeliveriesPerDestinationMonth => "deliveries_per_destination_month",
        HeadlineMetric.SessionsServed => "sessions_served",
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, null),
    };

    /// <summary>The metric of a scenario: deliveries when it has destinations, sessions served otherwise.</summary>
    public static HeadlineMetric For(int destinations) =>
        destinations > 0 ? HeadlineMetric.DeliveriesPerDestinationMonth : HeadlineMetric.SessionsServed;

    /// <summary>The metric's value in one replication.</summary>
    /// <exception cref="InvalidOperationException">When deliveries per destination-month are asked of a replication without destination-months.</exception>
    public static double ValueOf(this HeadlineMetric metric, ReplicationMetrics replication) => metric switch
    {
        HeadlineMetric.DeliveriesPerDestinationMonth => replication.DeliveriesPerDestinationMonth
            ?? throw new InvalidOperationException($"Replication {replication.Result.Replication} reports no destination-month."),
        HeadlineMetric.SessionsServed => replication.SessionsServed,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, null),
    };
}
