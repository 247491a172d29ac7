namespace Shortfall.Analysis.Output.Documents;

/// <summary>One bar of a histogram of counts: how many destination-months had <paramref name="Value"/> deliveries.</summary>
/// <param name="Value">The number of deliveries.</param>
/// <param name="Count">How many destination-months had it.</param>
public sealed record HistogramBinDocument(long Value, long Count);
