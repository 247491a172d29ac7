namespace Shortfall.Analysis.Tracing;

/// <summary>The series <paramref name="Series"/> took <paramref name="Value"/> at <paramref name="Hours"/> since the start.</summary>
public sealed record TracedLevel(double Hours, string Series, double Value);
