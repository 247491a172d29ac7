namespace Shortfall.Analysis.Reports;

/// <summary>One input of a sweep, as sweep.json records it.</summary>
/// <param name="Path">The scenario path that was varied, e.g. carriers.truck.count.</param>
/// <param name="Low">The low end of its range.</param>
/// <param name="High">The high end.</param>
/// <param name="Unit">The unit of the range ("" for none).</param>
/// <param name="LowEffect">One at a time: the headline mean at the low end minus the baseline's; null otherwise.</param>
/// <param name="HighEffect">One at a time: at the high end minus the baseline's; null otherwise.</param>
public sealed record SweepInput(string Path, double Low, double High, string Unit, double? LowEffect, double? HighEffect);
