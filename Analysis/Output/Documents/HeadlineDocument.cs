namespace Shortfall.Analysis.Output.Documents;

/// <summary>A variant's headline metric: its name and its mean over replications with the t interval.</summary>
/// <param name="Metric">The metric's snake_case name.</param>
/// <param name="Mean">The mean.</param>
/// <param name="CiLow">The lower limit; null from one replication.</param>
/// <param name="CiHigh">The upper limit; null from one replication.</param>
/// <param name="N">The number of replications.</param>
public sealed record HeadlineDocument(string Metric, double? Mean, double? CiLow, double? CiHigh, long N) : IIntervalDocument;
