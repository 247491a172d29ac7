namespace Shortfall.Analysis.Reports;

/// <summary>The rule that decided the number of replications, as summary.json records it.</summary>
/// <param name="Rule">"fixed", "precision" or "precision_all".</param>
/// <param name="RelativeHalfWidth">With a precision rule: the largest CI half-width allowed, relative to the mean.</param>
/// <param name="ProportionHalfWidth">With "precision_all": the largest half-width allowed for each probability.</param>
/// <param name="MinimumReplications">With a precision rule: the fewest replications.</param>
/// <param name="MaximumReplications">The most replications.</param>
/// <param name="Met">Whether the rule was satisfied.</param>
public sealed record StoppingResult(string Rule, double? RelativeHalfWidth, double? ProportionHalfWidth, long? MinimumReplications, long MaximumReplications, bool Met);
