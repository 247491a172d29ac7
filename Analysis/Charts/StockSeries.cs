namespace Shortfall.Analysis.Charts;

/// <summary>The recorded levels of one stock (a material or product), in time order.</summary>
/// <param name="Name">The stock's name for the legend.</param>
/// <param name="Levels">Level changes in non-decreasing time order; each level holds until the next change,
/// the last until the end of the run. May be empty.</param>
public sealed record StockSeries(string Name, IReadOnlyList<StockLevel> Levels);
