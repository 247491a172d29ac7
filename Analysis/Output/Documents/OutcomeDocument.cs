namespace Shortfall.Analysis.Output.Documents;

/// <summary>A per-replication figure of a variant: its mean over replications with the t interval, and its paired difference against the baseline.</summary>
/// <param name="Mean">The mean.</param>
/// <param name="CiLow">The lower limit; null from one replication.</param>
/// <param name="CiHigh">The upper limit; null from one replication.</param>
/// <param name="N">The replications that had the figure.</param>
/// <param name="DifferenceVsBaseline">The paired difference variant − baseline; null for the baseline.</param>
public sealed record OutcomeDocument(double? Mean, double? CiLow, double? CiHigh, long N, MeanDocument? DifferenceVsBaseline) : IIntervalDocument;
