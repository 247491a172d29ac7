namespace Shortfall.Configuration.Units;

/// <summary>A unit: its canonical <paramref name="Symbol"/>, its dimension, and how many canonical units
/// one of it is (<c>min</c> is 1/60 h; <c>t</c> is 1000 kg).</summary>
internal sealed record Unit(string Symbol, Dimension Dimension, double Factor);
