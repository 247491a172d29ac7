namespace Shortfall.Analysis.Charts;

/// <summary>A period of simulation time in hours since the start of the run.</summary>
/// <param name="StartHours">When the period begins.</param>
/// <param name="EndHours">When it ends, not before <paramref name="StartHours"/>.</param>
public sealed record TimeInterval(double StartHours, double EndHours);
