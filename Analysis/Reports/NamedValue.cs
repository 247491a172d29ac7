namespace Shortfall.Analysis.Reports;

/// <summary>One entry of a results file's object of numbers, such as blocked hours for one cause.</summary>
/// <param name="Name">The key, e.g. "power".</param>
/// <param name="Value">Its value.</param>
public sealed record NamedValue(string Name, double Value);
