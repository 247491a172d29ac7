using ScottPlot;

namespace Shortfall.Analysis.Charts;

/// <summary>A chart ready to save: the ScottPlot plot, its title and a one-paragraph description (the SVG's
/// title and desc, the PNG's Title and Description), and its size in CSS pixels.</summary>
/// <param name="Plot">The plot, styled by <see cref="ChartStyle.NewPlot"/>.</param>
/// <param name="Title">The chart's title, as drawn on it.</param>
/// <param name="Description">What the data shows, for screen readers and for anyone reading the file alone.</param>
/// <param name="Width">Width in CSS pixels; the PNG is <see cref="ChartFiles.PngScale"/> times as many.</param>
/// <param name="Height">Height in CSS pixels.</param>
public sealed record PlottedChart(Plot Plot, string Title, string Description, int Width = ChartStyle.Width, int Height = ChartStyle.Height);
