namespace Shortfall.Analysis.Running;

/// <summary>
/// The one number per replication that a run is about: precision is judged on it, and variants
/// are compared with the baseline on it.
/// </summary>
public enum HeadlineMetric
{
    /// <summary>The replication's mean deliveries per destination-month (scenarios with destinations).</summary>
    DeliveriesPerDestinationMonth,

    /// <summary>Sessions served by service equipment over the horizon (scenarios without destinations).</summary>
    SessionsServed,
}
