using ScottPlot;

namespace Shortfall.Analysis.Charts;

/// <summary>How one data series is drawn: its colour, and a line pattern and marker that tell it apart
/// where colours repeat or lines overlap.</summary>
/// <param name="Color">The fill or line colour.</param>
/// <param name="Pattern">The line pattern (solid for the first colours, dashed once they repeat).</param>
/// <param name="Marker">The marker shape for points and line ends.</param>
public sealed record SeriesLook(Color Color, LinePattern Pattern, MarkerShape Marker);
