namespace Shortfall.Analysis.Charts;

/// <summary>One stacked bar: a label and one non-negative value per segment, in segment order.</summary>
/// <param name="Label">The bar's category, such as a variant's name.</param>
/// <param name="Values">One value per segment, bottom of the stack first.</param>
public sealed record StackedBar(string Label, IReadOnlyList<double> Values);
