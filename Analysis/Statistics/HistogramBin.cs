namespace Shortfall.Analysis.Statistics;

/// <summary>One bar of an <see cref="IntegerHistogram"/>: how many observations fell in [Lower, Upper], both inclusive.</summary>
/// <param name="Lower">The smallest value the bin holds.</param>
/// <param name="Upper">The largest value the bin holds.</param>
/// <param name="Count">How many observations lie in the bin.</param>
public readonly record struct HistogramBin(int Lower, int Upper, long Count);
