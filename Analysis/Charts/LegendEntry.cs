namespace Shortfall.Analysis.Charts;

/// <summary>One legend row.</summary>
/// <param name="Label">The series name, shown shortened to a bounded length.</param>
/// <param name="Colour">The series colour.</param>
/// <param name="Swatch">The sample shape.</param>
/// <param name="Opacity">The swatch opacity, matching translucent marks such as bands.</param>
public sealed record LegendEntry(string Label, string Colour, LegendSwatch Swatch, double Opacity = 1);
