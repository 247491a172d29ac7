namespace Shortfall.Analysis.Charts;

/// <summary>A stock's level from <paramref name="Hours"/> on, until its next change.</summary>
/// <param name="Hours">Simulation time of the change, in hours.</param>
/// <param name="Level">The level from then on, in the unit of the chart's stock axis.</param>
public sealed record StockLevel(double Hours, double Level);
