namespace Shortfall.Analysis.Output.Documents;

/// <summary>The moments of the first <paramref name="Replications"/> replication means, from which the report draws the running
/// mean and its t interval.</summary>
/// <param name="Replications">How many replications.</param>
/// <param name="Mean">Their mean.</param>
/// <param name="Variance">Their sample variance; 0 for one.</param>
public sealed record RunningMeanDocument(long Replications, double Mean, double Variance);
