using Shortfall.Analysis.Running;

namespace Shortfall.Analysis.Output;

/// <summary>A row of the replications table: one variant's metrics in one replication.</summary>
public readonly record struct ReplicationRow(RunVariant Variant, ReplicationMetrics Metrics);
