using Shortfall.Analysis.Running;
using Shortfall.Model.Results;

namespace Shortfall.Analysis.Output;

/// <summary>A row of the destination-months table: one destination-month of one variant in one replication.</summary>
public readonly record struct DestinationMonthRow(RunVariant Variant, ReplicationMetrics Metrics, DestinationMonth Month);
