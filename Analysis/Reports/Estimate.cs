namespace Shortfall.Analysis.Reports;

/// <summary>A value with its confidence interval as a results file records it; the limits are null when undefined (one replication, no cost).</summary>
/// <param name="Mean">The point estimate; null when undefined.</param>
/// <param name="Low">The lower confidence limit, or null.</param>
/// <param name="High">The upper confidence limit, or null.</param>
public sealed record Estimate(double? Mean, double? Low, double? High)
{
    /// <summary>True when both limits are known and the interval lies entirely above or below zero.</summary>
    public bool ExcludesZero => Low is { } low && High is { } high && (low > 0 || high < 0);
}
