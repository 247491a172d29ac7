namespace Shortfall.Analysis.Charts;

/// <summary>Space in pixels between the chart's edges and its plot area, holding titles, axes and legend.</summary>
public readonly record struct Margins(double Top, double Right, double Bottom, double Left);
