namespace Shortfall.Analysis.Running;

/// <summary>A number each replication yields (e.g. hours blocked by power), named as in the outputs.</summary>
/// <param name="Name">The snake_case name used in summary.json and as the replications.csv column (after its group's prefix).</param>
/// <param name="Value">Reads the number from one replication's metrics.</param>
public sealed record Measure(string Name, Func<ReplicationMetrics, double> Value);
