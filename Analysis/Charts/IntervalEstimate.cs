namespace Shortfall.Analysis.Charts;

/// <summary>A mean with its confidence interval, for one category such as a destination.</summary>
/// <param name="Label">The category's name.</param>
/// <param name="Mean">The point estimate.</param>
/// <param name="Low">Lower confidence limit, at most <paramref name="Mean"/>.</param>
/// <param name="High">Upper confidence limit, at least <paramref name="Mean"/>.</param>
public sealed record IntervalEstimate(string Label, double Mean, double Low, double High);
