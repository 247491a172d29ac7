namespace Shortfall.Analysis.Optimisation;

/// <summary>The calibration's posterior an optimisation averaged its objective over.</summary>
/// <param name="File">The posterior.csv read.</param>
/// <param name="Sha256">Its SHA-256, lower-case hex.</param>
public sealed record PosteriorSource(string File, string Sha256);
