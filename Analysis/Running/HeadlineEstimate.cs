using Shortfall.Analysis.Statistics;

namespace Shortfall.Analysis.Running;

/// <summary>The headline metric of a variant and its mean over replications with the t interval.</summary>
public sealed record HeadlineEstimate(HeadlineMetric Metric, MeanEstimate Estimate);
