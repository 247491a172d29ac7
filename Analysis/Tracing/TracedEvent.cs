namespace Shortfall.Analysis.Tracing;

/// <summary>Something that happened at <paramref name="Hours"/> since the start: <paramref name="Kind"/> of <paramref name="Subject"/>.</summary>
public sealed record TracedEvent(double Hours, string Kind, string Subject, string Detail);
