namespace Shortfall.Analysis.Output.Documents;

/// <summary>A value with its confidence interval (<c>mean</c>, <c>ci_low</c>, <c>ci_high</c>), as summary.json's
/// <c>effect_per_cost</c> holds it and as the report reads every interval; a field is null when undefined (one replication, no cost).</summary>
/// <param name="Mean">The point estimate; null when undefined.</param>
/// <param name="CiLow">The lower confidence limit, or null.</param>
/// <param name="CiHigh">The upper confidence limit, or null.</param>
public sealed record Estimate(double? Mean, double? CiLow, double? CiHigh) : IIntervalDocument
;
