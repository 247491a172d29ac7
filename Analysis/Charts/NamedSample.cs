namespace Shortfall.Analysis.Charts;

/// <summary>The observations of one variant (a scenario or remedy).</summary>
/// <param name="Name">The variant's name as shown in legends and on axes.</param>
/// <param name="Values">Its observations; may be empty.</param>
public sealed record NamedSample(string Name, Sample Values);
