using Shortfall.Analysis.Statistics;

namespace Shortfall.Analysis.Running;

/// <summary>A per-replication figure of a variant: its mean over replications with the t interval, and its paired difference against the baseline.</summary>
/// <param name="Estimate">The mean over replications, with its t interval.</param>
/// <param name="Difference">The paired difference variant − baseline over the replications where both have the figure; null for the baseline.</param>
public sealed record OutcomeEstimate(MeanEstimate Estimate, MeanEstimate? Difference);
