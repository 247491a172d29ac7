namespace Shortfall.Analysis.Charts;

/// <summary>One variant's estimates by month.</summary>
/// <param name="Label">The variant's name.</param>
/// <param name="Estimates">One per month of <see cref="MonthlyIntervalData.Months"/>, null where the variant has none; each estimate's label is
/// ignored.</param>
public sealed record MonthlySeries(string Label, IReadOnlyList<IntervalEstimate?> Estimates);
