namespace Shortfall.Analysis.Reports;

/// <summary>A per-replication figure of a variant as summary.json records it: its mean with interval and its paired difference from the baseline.</summary>
/// <param name="Estimate">The mean over replications with its interval.</param>
/// <param name="Difference">The paired difference variant − baseline; null for the baseline.</param>
public sealed record OutcomeResult(Estimate Estimate, Estimate? Difference);
