namespace Shortfall.Analysis.Output.Documents;

/// <summary>One point of a sweep.</summary>
/// <param name="Point">The point's index.</param>
/// <param name="Values">Each input's value by path, null where it keeps its scenario value.</param>
/// <param name="Headline">The point's headline mean with its interval.</param>
/// <param name="DifferenceVsBaseline">The paired difference against the baseline point; null for the baseline point.</param>
public sealed record SweepPointDocument(int Point, IReadOnlyDictionary<string, double?> Values, MeanDocument Headline, MeanDocument? DifferenceVsBaseline);
