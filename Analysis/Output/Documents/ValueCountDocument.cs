namespace Shortfall.Analysis.Output.Documents;

/// <summary>A value and how many observations had it.</summary>
/// <param name="Value">The value.</param>
/// <param name="Count">How many observations had it; at least 1.</param>
public sealed record ValueCountDocument(double Value, long Count);
