namespace Shortfall.Analysis.Reports;

/// <summary>One destination of one variant, as summary.json records it.</summary>
/// <param name="Name">The destination's name.</param>
/// <param name="DeliveriesPerMonth">Mean deliveries that counted per month, over replications.</param>
/// <param name="TargetMet">The share of its months that met the target; null when none was counted.</param>
/// <param name="LongestGapDays">The mean longest run of days without a delivery, or null.</param>
/// <param name="MissedDays">Mean target days missed per replication, by cause.</param>
public sealed record DestinationResult(string Name, Estimate DeliveriesPerMonth, Proportion? TargetMet, double? LongestGapDays, IReadOnlyList<NamedValue> MissedDays);
